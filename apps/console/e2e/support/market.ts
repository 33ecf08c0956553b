import type { LedgerResponse, SellerProduct } from "@chophien/contracts";
import { type Call, checkoutCod, login, receive, registerShopper, review, sellerProducts, sellerStep } from "./api";
import type { Server } from "../../../../e2e/support/server";

/** The demo sellers' shared password (docs/demo-data.md). */
export const DEMO_PASSWORD = "cho-phien-demo";

export interface BusyStall {
  email: string;
  token: string;
  products: SellerProduct[];
  /** A new order waiting for confirmation: the order detail screen. */
  placedOrderId: string;
  stallId: string;
  /** A product the market's admins have hidden, with their reason. */
  hiddenProductId: string;
}

/** Why the demo stall's product is hidden (the seller reads it; the screenshots show it). */
export const HIDE_REASON = "Ảnh sản phẩm lấy từ trang khác. Vui lòng chụp ảnh thật của sản phẩm rồi báo lại cho chợ.";
const FIXED_REASON = 'Tên sản phẩm ghi "hữu cơ" nhưng chưa có chứng nhận. Vui lòng sửa tên hoặc gửi chứng nhận.';
const FIXED_NOTE = 'Đã bỏ chữ "hữu cơ" khỏi tên, chờ chứng nhận sẽ bổ sung sau.';

/**
 * Turns the seeded stall with the most products into a busy one for the screenshots: a month of orders in every
 * state (backdated over 28 days in SQL, since the API stamps "now"), a product running low, a draft, reviews, a
 * product hidden by the market's admins and, when online sales allow it, a payout of half of what is payable.
 */
export async function makeBusyStall(server: Server, call: Call): Promise<BusyStall> {
  const { rows } = await server.sql(
    `SELECT u.email FROM stall s JOIN app_user u ON u.id = s.owner_id
      WHERE s.status = 'approved' AND u.email LIKE 'stall%@demo.chophien.vn'
      ORDER BY (SELECT count(*) FROM product p WHERE p.stall_id = s.id AND p.status = 'active') DESC, u.email LIMIT 1`,
  );
  const email = (rows[0] as { email: string }).email;
  const token = await login(call, email, DEMO_PASSWORD);
  let products = await sellerProducts(call, token);
  const [first, second, third] = products;
  await call(`/seller/products/${first!.id}`, { method: "PATCH", token, body: { stock: 3 } });
  if (third) await call(`/seller/products/${third.id}`, { method: "PATCH", token, body: { stock: 0 } });
  await call(`/seller/products/${second!.id}`, { method: "PATCH", token, body: { compareAtPrice: second!.price + 30000 } });
  products = await sellerProducts(call, token);

  const buyers = await Promise.all(
    ["Nguyễn Thị Lan", "Trần Văn Hùng", "Phạm Minh Thư", "Lê Quốc Bảo"].map((name, i) =>
      registerShopper(call, `buyer${i}.${Date.now()}@e2e.chophien.test`, name),
    ),
  );
  const onSale = products.filter((p) => p.status === "active" && p.stock > 5);
  // 26 orders: the first 14 completed, then delivered, shipped, confirmed, cancelled, and 4 new ones last.
  const plan = [
    ...Array.from({ length: 14 }, () => "completed" as const),
    "delivered",
    "delivered",
    "shipped",
    "shipped",
    "confirmed",
    "confirmed",
    "cancelled",
    "cancelled",
    "placed",
    "placed",
    "placed",
    "placed",
  ] as const;
  const made: { code: string; stallOrderId: string; buyer: string; productId: string; daysAgo: number }[] = [];
  for (const [i, state] of plan.entries()) {
    const buyer = buyers[i % buyers.length]!;
    const product = onSale[(i * 7) % onSale.length]!;
    const order = await checkoutCod(call, buyer, [{ productId: product.id, quantity: 1 + ((i * 5) % 3) }], {
      note: i === plan.length - 1 ? "Giao giờ hành chính giúp em, cảm ơn shop!" : undefined,
    });
    const so = order.stallOrders[0]!;
    if (state !== "placed" && state !== "cancelled") await sellerStep(call, token, so.id, "confirm");
    if (state === "shipped" || state === "delivered" || state === "completed") await sellerStep(call, token, so.id, "ship");
    if (state === "delivered" || state === "completed") await sellerStep(call, token, so.id, "deliver");
    if (state === "completed") await receive(call, buyer, order.code);
    if (state === "cancelled")
      await call(`/seller/orders/${so.id}/cancel`, {
        method: "POST",
        token,
        body: { reason: "Hết hàng đợt này, hẹn bạn tuần sau" },
      });
    made.push({ code: order.code, stallOrderId: so.id, buyer, productId: product.id, daysAgo: Math.max(0, 27 - i) });
  }

  // A month of history: each order (and its events and ledger lines) moved back to its day, keeping its hour.
  for (const m of made) {
    const shift = `${m.daysAgo} days`;
    await server.sql(`UPDATE customer_order SET created_at = created_at - $2::interval WHERE code = $1`, [m.code, shift]);
    await server.sql(`UPDATE stall_order SET created_at = created_at - $2::interval WHERE id = $1`, [m.stallOrderId, shift]);
    await server.sql(`UPDATE order_event SET created_at = created_at - $2::interval WHERE stall_order_id = $1`, [
      m.stallOrderId,
      shift,
    ]);
    await server.sql(`UPDATE ledger_entry SET created_at = created_at - $2::interval WHERE stall_order_id = $1`, [
      m.stallOrderId,
      shift,
    ]);
  }

  // Three reviews from buyers who received their order; the stall has answered the first.
  const reviews = [
    { rating: 5, text: "Cà phê thơm, rang vừa, đóng gói cẩn thận. Sẽ ủng hộ tiếp!" },
    { rating: 5, text: "Giao nhanh, hàng đúng mô tả." },
    { rating: 4, text: "Vị hơi đắng so với mình nhưng chất lượng tốt." },
  ];
  const reviewed = new Set<string>();
  for (const m of made.slice(0, 14)) {
    const key = `${m.buyer}:${m.productId}`;
    const next = reviews[reviewed.size];
    if (!next || reviewed.has(key)) continue;
    reviewed.add(key);
    await review(call, m.buyer, m.productId, next);
  }
  const { items } = await call<{ items: { id: string; text: string | null }[] }>("/seller/reviews", { token });
  const firstReview = items.find((r) => r.text === reviews[0]!.text);
  if (firstReview)
    await call(`/seller/reviews/${firstReview.id}/reply`, {
      method: "POST",
      token,
      body: { text: "Cảm ơn bạn đã tin Chợ Phiên, hẹn bạn mùa cà phê tới!" },
    });

  // After the orders (a hidden product cannot be bought): the admins hide one, and pay out half the balance.
  const admin = await login(call, server.admin.email, server.admin.password);
  const hidden = products.find((p, i) => i >= 3 && p.status === "active") ?? products[1]!;
  await call(`/admin/products/${hidden.id}/hide`, { method: "POST", token: admin, body: { reason: HIDE_REASON } });
  // A second one she has fixed already and asked the admins to look at again.
  const fixed = products.find((p, i) => i >= 3 && p.status === "active" && p.id !== hidden.id);
  if (fixed) {
    await call(`/admin/products/${fixed.id}/hide`, { method: "POST", token: admin, body: { reason: FIXED_REASON } });
    await call(`/seller/products/${fixed.id}/request-review`, { method: "POST", token, body: { note: FIXED_NOTE } });
  }
  const { stall } = await call<{ stall: { id: string } }>("/me/stall", { token });
  const { balance } = await call<LedgerResponse>("/seller/ledger", { token });
  const amount = Math.floor(balance.payable / 2000) * 1000; // 0 for COD sales alone: the stall has that cash
  if (amount > 0)
    await call("/admin/payouts", {
      method: "POST",
      token: admin,
      body: { stallId: stall.id, amount, reference: "VCB-20261128-0042" },
    });
  products = await sellerProducts(call, token);

  const placed = made.filter((_, i) => plan[i] === "placed");
  return {
    email,
    token,
    products,
    placedOrderId: placed[placed.length - 1]!.stallOrderId,
    stallId: stall.id,
    hiddenProductId: hidden.id,
  };
}
