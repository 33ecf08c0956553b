import type { Order, StallOrder } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPage } from "@/test/render";
import { StallOrderCard } from "./stall-order-card";

const part = (over: Partial<StallOrder> = {}): StallOrder => ({
  id: "11111111-1111-4111-8111-111111111111",
  orderCode: "CP-20261128-7Q4K",
  stall: { id: "22222222-2222-4222-8222-222222222222", slug: "htx-mat-ong", name: "HTX Mật ong" },
  status: "placed",
  subtotal: 240000,
  shippingFee: 35000,
  discount: 0,
  commission: 12000,
  carrier: null,
  trackingNumber: null,
  trackingUrl: null,
  cancelReason: null,
  items: [],
  actions: ["cancel"],
  createdAt: "2026-11-28T01:00:00.000Z",
  ...over,
});

describe("a stall's part of the buyer's order", () => {
  it("links to the carrier's tracking page when the carrier is known; free text stays plain", () => {
    const shipped = { status: "shipped" as const, actions: [], carrier: "GHN", trackingNumber: "GHN42" };
    const { unmount } = renderPage(
      <StallOrderCard part={part({ ...shipped, trackingUrl: "https://donhang.ghn.vn/?order_code=GHN42" })} events={[]} />,
    );
    expect(screen.getByRole("link", { name: "Theo dõi đơn trên trang hãng vận chuyển" })).toHaveAttribute(
      "href",
      "https://donhang.ghn.vn/?order_code=GHN42",
    );
    unmount();
    renderPage(<StallOrderCard part={part({ ...shipped, carrier: "Xe khách" })} events={[]} />);
    expect(screen.getByText("GHN42")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /hãng vận chuyển/ })).toBeNull();
  });

  it("cancels this part alone after asking, when the order allows it", async () => {
    const cancelled = { ...part({ status: "cancelled", actions: [] }) };
    const api = fakeApi({
      "POST /orders/CP-20261128-7Q4K/stall-orders/11111111-1111-4111-8111-111111111111/cancel": {
        body: { order: { code: "CP-20261128-7Q4K", stallOrders: [cancelled] } as unknown as Order },
      },
    });
    const { unmount } = renderPage(<StallOrderCard part={part()} events={[]} cancellable />);
    await userEvent.click(screen.getByRole("button", { name: "Hủy phần của gian hàng này" }));
    expect(screen.getByText(/Hủy phần đơn của HTX Mật ong\?/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Đồng ý hủy" }));
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]!.body).toEqual({});
    unmount();
    // Not offered on a single-stall order (it has its own cancel), nor once the seller confirmed.
    renderPage(<StallOrderCard part={part()} events={[]} />);
    expect(screen.queryByRole("button", { name: "Hủy phần của gian hàng này" })).toBeNull();
  });
});
