import { fakeApi } from "@chophien/web/testing";
import type { Order } from "@chophien/contracts";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ORDER_ID, stallOrder } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { expectCardCells } from "@/test/table-cards";
import { AdminOrdersTable } from "./admin-orders-table";

const empty = { body: { items: [], total: 0, page: 1, limit: 30 } };
const { buyer: _buyer, shippingAddress, note, payment, timeline, ...part } = stallOrder();
const order: Order = {
  id: "abababab-abab-4bab-8bab-abababababab",
  code: "CP-20261128-7Q4K",
  status: "confirmed",
  buyer: { id: "cdcdcdcd-cdcd-4dcd-8dcd-cdcdcdcdcdcd", fullName: "Nguyễn Thị Lan" },
  shippingAddress,
  note,
  payment,
  subtotal: 240000,
  shippingTotal: 20000,
  discountTotal: 0,
  grandTotal: 260000,
  stallOrders: [{ ...part, id: ORDER_ID }],
  timeline,
  refunds: [],
  createdAt: "2026-11-28T01:00:00.000Z",
};

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

  it("is a card per order on a phone, every value with its column's name, the opened order's parts too", async () => {
    fakeApi({ "GET /admin/orders": { body: { items: [order], total: 1, page: 1, limit: 30 } } });
    const user = userEvent.setup();
    renderWithApp(<AdminOrdersTable />, { url: "/admin/orders" });
    await user.click(await screen.findByRole("button", { name: "CP-20261128-7Q4K" }));
    expect(await screen.findByText("12 Lê Duẩn", { exact: false })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "1 đơn hàng" });
    expectCardCells(table);
    expect(screen.getByText("12 Lê Duẩn", { exact: false }).closest("td")).toHaveAttribute("data-label", "Chi tiết đơn");
  });
});
