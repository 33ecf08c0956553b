import { fakeApi } from "@chophien/web/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ORDER_ID, stallOrder } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { OrderDetail } from "./order-detail";

const step = (name: string) => `/seller/orders/${ORDER_ID}/${name}`;

describe("OrderDetail actions", () => {
  it("offers exactly the seller steps the API lists in `actions` (never the buyer's receive)", () => {
    fakeApi({});
    renderWithApp(<OrderDetail order={stallOrder({ actions: ["ship", "cancel", "receive"] })} />);
    expect(screen.getByRole("button", { name: "Gửi hàng" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Huỷ đơn" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Xác nhận đơn" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Đã giao hàng" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /nhận/i })).not.toBeInTheDocument();
  });

  it("offers nothing once the order is finished", () => {
    fakeApi({});
    renderWithApp(<OrderDetail order={stallOrder({ status: "completed", actions: [] })} />);
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    // Goods + shipping − the market's fee: what the seller is paid.
    expect(screen.getByText("247.000 ₫")).toBeInTheDocument();
  });

  it("ships with a carrier and a tracking number, checked inline before anything is sent", async () => {
    const api = fakeApi({ [`POST ${step("ship")}`]: { body: { stallOrder: stallOrder({ status: "shipped", actions: [] }) } } });
    const user = userEvent.setup();
    renderWithApp(<OrderDetail order={stallOrder()} />);

    await user.click(screen.getByRole("button", { name: "Gửi hàng" }));
    const dialog = screen.getByRole("dialog", { name: "Gửi hàng đơn CP-20261128-7Q4K" });
    await user.click(within(dialog).getByRole("button", { name: "Gửi hàng" }));
    expect(within(dialog).getByLabelText("Đơn vị vận chuyển")).toHaveAccessibleDescription("Cần ít nhất 2 ký tự");
    expect(api.callsTo("POST", step("ship"))).toHaveLength(0);

    await user.selectOptions(within(dialog).getByLabelText("Đơn vị vận chuyển"), "GHN");
    await user.type(within(dialog).getByLabelText("Mã vận đơn"), "GHN123456");
    await user.click(within(dialog).getByRole("button", { name: "Gửi hàng" }));
    await waitFor(() => expect(api.callsTo("POST", step("ship"))).toHaveLength(1));
    expect(api.callsTo("POST", step("ship"))[0]!.body).toEqual({ carrier: "GHN", trackingNumber: "GHN123456" });
    expect(await screen.findByText("Đã ghi nhận gửi hàng")).toBeInTheDocument();
  });

  it("keeps another carrier's name as typed when it is not in the list", async () => {
    const api = fakeApi({ [`POST ${step("ship")}`]: { body: { stallOrder: stallOrder({ status: "shipped", actions: [] }) } } });
    const user = userEvent.setup();
    renderWithApp(<OrderDetail order={stallOrder()} />);
    await user.click(screen.getByRole("button", { name: "Gửi hàng" }));
    const dialog = screen.getByRole("dialog", { name: "Gửi hàng đơn CP-20261128-7Q4K" });
    const carriers = within(dialog).getByLabelText("Đơn vị vận chuyển");
    expect(
      within(carriers)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(expect.arrayContaining(["GHN", "GHTK", "Viettel Post", "VNPost", "J&T Express", "Ninja Van", "Best Express"]));
    await user.selectOptions(carriers, "other");
    await user.type(within(dialog).getByLabelText("Tên đơn vị vận chuyển"), "Xe khách Phương Trang");
    await user.type(within(dialog).getByLabelText("Mã vận đơn"), "PT-0001");
    await user.click(within(dialog).getByRole("button", { name: "Gửi hàng" }));
    await waitFor(() => expect(api.callsTo("POST", step("ship"))).toHaveLength(1));
    expect(api.callsTo("POST", step("ship"))[0]!.body).toEqual({ carrier: "Xe khách Phương Trang", trackingNumber: "PT-0001" });
  });

  it("cancels only with a reason, and explains a 409 (the buyer got there first)", async () => {
    const api = fakeApi({
      [`POST ${step("cancel")}`]: { status: 409, body: { error: { code: "conflict", message: "Cannot cancel" } } },
    });
    const user = userEvent.setup();
    renderWithApp(<OrderDetail order={stallOrder()} />);
    await user.click(screen.getByRole("button", { name: "Huỷ đơn" }));
    const dialog = screen.getByRole("dialog");
    await user.type(within(dialog).getByLabelText("Lý do huỷ"), "Hết hàng rồi ạ");
    await user.click(within(dialog).getByRole("button", { name: "Huỷ đơn" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Đơn vừa thay đổi trạng thái");
    expect(api.callsTo("POST", step("cancel"))[0]!.body).toEqual({ reason: "Hết hàng rồi ạ" });
  });
});
