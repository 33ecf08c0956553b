import { Router } from "express";
import { z } from "zod";
import type { DataSource } from "typeorm";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { OrderLookupQuery, OrderPaymentQuery, OrderResponse, Payment } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import { errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { Throttle } from "../../lib/rate-limit";
import { normalizeVietnamesePhone } from "../../lib/sms/sms";
import type { PaymentsService } from "../payments/payments.service";
import { loadOrders } from "./orders.presenter";

const Code = z.object({ code: z.string().regex(/^[A-Z0-9-]{6,24}$/, "Not an order code") });
/** One answer for a wrong code, a wrong phone and both: the lookup never says which half is wrong. */
const notFound = () => new AppError("not_found", "No order with this code and phone");

/** The order placed with `code` by the buyer with `phone` (a guest's number or a verified one), or 404. */
async function orderWith(ds: DataSource, code: string, phoneInput: string): Promise<string> {
  const phone = normalizeVietnamesePhone(phoneInput);
  if (!phone) throw notFound();
  const [row] = await ds.query<{ id: string }[]>(
    `SELECT o.id FROM customer_order o JOIN app_user u ON u.id = o.buyer_id
      WHERE o.code = $1 AND (u.guest_phone_e164 = $2 OR u.phone_e164 = $2)`,
    [code, phone],
  );
  if (!row) throw notFound();
  return row.id;
}

/**
 * Orders without an account: GET /api/orders/lookup?code&phone and GET /api/orders/:code/payment?phone (the
 * VietQR page after a reload). Both count against one per-IP limit in PostgreSQL, right or wrong.
 */
export function guestOrdersRoutes({
  ds,
  payments,
  lookups,
}: {
  ds: DataSource;
  payments: PaymentsService;
  lookups: Throttle;
}): Router {
  const r = Router();

  const Lookup = { query: OrderLookupQuery };
  r.get("/orders/lookup", validate(Lookup), async (req, res) => {
    await lookups(req.ip ?? "unknown");
    const { query } = input(req, Lookup);
    const id = await orderWith(ds, query.code, query.phone);
    const [order] = await loadOrders(ds.manager, [id], "buyer");
    const bank = order!.payment.method === "bank_transfer" ? await payments.bankPaymentOf(id) : undefined;
    const { street: _street, ...address } = order!.shippingAddress;
    res.set("Cache-Control", "no-store");
    // The street stays private: whoever holds the code and phone sees the order, not where it goes.
    res.json({ order: { ...order!, shippingAddress: { ...address, street: "…" }, payment: bank ?? order!.payment } });
  });

  const Pay = { params: Code, query: OrderPaymentQuery };
  r.get("/orders/:code/payment", validate(Pay), async (req, res) => {
    await lookups(req.ip ?? "unknown");
    const { params, query } = input(req, Pay);
    const id = await orderWith(ds, params.code, query.phone);
    const bank = await payments.bankPaymentOf(id);
    if (!bank) throw new AppError("not_found", "This order is not paid by bank transfer");
    res.set("Cache-Control", "no-store").json({ payment: bank });
  });

  return r;
}

const tags = ["orders"];
export const guestOrdersPaths: ZodOpenApiPathsObject = {
  "/api/orders/lookup": {
    get: {
      tags,
      summary: "Find an order by its code and the phone it was placed with (no account needed; the street is not shown)",
      description: "Limited per IP. A wrong code, a wrong phone or both answer the same 404.",
      requestParams: { query: OrderLookupQuery },
      responses: { "200": json(OrderResponse, "The order"), ...errors(400, 404, 429) },
    },
  },
  "/api/orders/{code}/payment": {
    get: {
      tags,
      summary: "The bank-transfer payment of an order with its VietQR details, by code and phone (the VietQR page reloaded)",
      requestParams: { path: Code, query: OrderPaymentQuery },
      responses: { "200": json(z.object({ payment: Payment }), "How to pay"), ...errors(400, 404, 429) },
    },
  },
};
