import type { SellerProduct } from "@chophien/contracts";
import { type Call, checkoutCod, login, sellerProducts } from "./api";
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
 * The busy demo seller of the seeded market (docs/demo-data.md): the stall with the most orders in the six months of
 * history the API seeds on start, so its dashboard, money page and reviews show what a newcomer signing in sees.
 * On top of the history the market's admins hide one of its products (with their reason) and a second one waits
 * for their second look; a new order waits for confirmation (the seeded one, or one placed now by the demo buyer).
 */
export async function makeBusyStall(server: Server, call: Call): Promise<BusyStall> {
  const { rows } = await server.sql(
    `SELECT u.email, s.id FROM stall s JOIN app_user u ON u.id = s.owner_id
      WHERE s.status = 'approved' AND u.email LIKE 'stall%@demo.chophien.vn'
      ORDER BY (SELECT count(*) FROM stall_order so WHERE so.stall_id = s.id) DESC, u.email LIMIT 1`,
  );
  const { email, id: stallId } = rows[0] as { email: string; id: string };
  const token = await login(call, email, DEMO_PASSWORD);
  let products = await sellerProducts(call, token);

  const waiting = await server.sql(
    `SELECT id FROM stall_order WHERE stall_id = $1 AND status = 'placed' ORDER BY created_at DESC LIMIT 1`,
    [stallId],
  );
  let placedOrderId = (waiting.rows[0] as { id: string } | undefined)?.id;
  if (!placedOrderId) {
    const buyer = await login(call, "buyer001@demo.chophien.vn", DEMO_PASSWORD);
    const product = products.find((p) => p.status === "active" && p.stock > 2)!;
    const order = await checkoutCod(call, buyer, [{ productId: product.id, quantity: 1 }], {
      note: "Giao giờ hành chính giúp em, cảm ơn shop!",
    });
    placedOrderId = order.stallOrders[0]!.id;
  }

  const admin = await login(call, server.admin.email, server.admin.password);
  const hidden = products.find((p, i) => i >= 3 && p.status === "active") ?? products[1]!;
  await call(`/admin/products/${hidden.id}/hide`, { method: "POST", token: admin, body: { reason: HIDE_REASON } });
  // A second one she has fixed already and asked the admins to look at again.
  const fixed = products.find((p, i) => i >= 3 && p.status === "active" && p.id !== hidden.id);
  if (fixed) {
    await call(`/admin/products/${fixed.id}/hide`, { method: "POST", token: admin, body: { reason: FIXED_REASON } });
    await call(`/seller/products/${fixed.id}/request-review`, { method: "POST", token, body: { note: FIXED_NOTE } });
  }
  products = await sellerProducts(call, token);
  return { email, token, products, placedOrderId, stallId, hiddenProductId: hidden.id };
}
