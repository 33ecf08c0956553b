import { fakeApi } from "@chophien/web/testing";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithApp } from "@/test/render";
import { AdminOrdersTable } from "./admin-orders-table";

const empty = { body: { items: [], total: 0, page: 1, limit: 30 } };

describe("AdminOrdersTable", () => {
  it("lists the orders in which a stall's owner bought from their own stall, and the others", async () => {
    const api = fakeApi({ "GET /admin/orders": empty });
    const user = userEvent.setup();
    renderWithApp(<AdminOrdersTable />, { url: "/admin/orders" });
    await screen.findByText("Không có đơn nào khớp bộ lọc");
    expect(api.calls.at(-1)!.query.get("selfDealing")).toBeNull();

    await user.selectOptions(screen.getByLabelText("Tự mua của gian hàng mình"), "Chủ gian hàng tự mua");
    await waitFor(() => expect(api.calls.at(-1)!.query.get("selfDealing")).toBe("true"));
    expect(screen.getByTestId("location")).toHaveTextContent("/admin/orders?selfDealing=true");
    await user.selectOptions(screen.getByLabelText("Tự mua của gian hàng mình"), "Người mua khác");
    await waitFor(() => expect(api.calls.at(-1)!.query.get("selfDealing")).toBe("false"));
  });
});
