import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { PageQuery, PayAgainRequest, PayAgainResponse } from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { DataSource } from "typeorm";
import { Refund } from "./refund.entity";
import type { PaymentsService } from "./payments.service";
import type { PayAgainService } from "./pay-again.service";

const RefundView = z
  .object({
    id: z.uuid(),
    /** Null: a second payment of an order already paid, given back whole. */
    stallOrderId: z.uuid().nullable(),
    amount: z.number().int(),
    transactionType: z.enum(["02", "03"]),
    status: z.enum(["pending", "succeeded", "failed"]),
    attempts: z.number().int(),
    responseCode: z.string().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    settledAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Refund" });
type RefundView = z.infer<typeof RefundView>;
const present = (r: Refund): RefundView => ({
  id: r.id,
  stallOrderId: r.stallOrderId,
  amount: r.amount,
  transactionType: r.transactionType,
  status: r.status,
  attempts: r.attempts,
  responseCode: r.responseCode,
  lastError: r.lastError,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  settledAt: r.settledAt?.toISOString() ?? null,
});
const RefundQuery = z.object({ status: z.enum(["pending", "succeeded", "failed"]).optional(), ...PageQuery }).strict();
const Id = z.object({ id: z.uuid() });
const Code = z.object({ code: z.string().regex(/^[A-Z0-9-]{6,24}$/, "Not an order code") });

/** VNPay callbacks (IPN, return), paying an order again, and the admins' refund desk. */
export function paymentsRoutes({
  payments,
  payAgain,
  guard,
  ds,
}: {
  payments: PaymentsService;
  payAgain: PayAgainService;
  guard: AuthGuard;
  ds: DataSource;
}): Router {
  const r = Router();

  const PayAgain = { params: Code, body: PayAgainRequest };
  r.post("/orders/:code/payment", guard(), validate(PayAgain), async (req, res) => {
    const { params, body } = input(req, PayAgain);
    const result = await payAgain.payAgain(currentUser(req), params.code, body, req.ip ?? "127.0.0.1");
    res.json(result satisfies PayAgainResponse);
  });

  // VNPay calls this server to server; the answer is always HTTP 200 with an RspCode.
  r.get("/payments/vnpay/ipn", async (req, res) => {
    res.set("Cache-Control", "no-store").json(await payments.handleIpn(req.query));
  });

  // The shopper's browser comes back here; nothing changes, it only goes on to the result page.
  r.get("/payments/vnpay/return", async (req, res) => {
    res.redirect(302, await payments.returnTarget(req.query));
  });

  const List = { query: RefundQuery };
  r.get("/admin/refunds", guard("admin"), validate(List), async (req, res) => {
    const q = input(req, List).query;
    const [rows, total] = await ds.getRepository(Refund).findAndCount({
      where: q.status ? { status: q.status } : {},
      order: { createdAt: "DESC" },
      skip: (q.page - 1) * q.limit,
      take: q.limit,
    });
    res.json({ items: rows.map(present), total, page: q.page, limit: q.limit });
  });

  const One = { params: Id };
  r.post("/admin/refunds/:id/retry", guard("admin"), validate(One), async (req, res) => {
    res.json({ refund: present(await payments.retryRefund(input(req, One).params.id)) });
  });

  return r;
}

export const paymentsPaths: ZodOpenApiPathsObject = {
  "/api/orders/{code}/payment": {
    post: {
      tags: ["orders"],
      summary:
        "Pay an order that awaits payment again: a new VNPay attempt (the old one can no longer settle it alone) or cash on delivery",
      ...bearer,
      requestParams: { path: Code },
      requestBody: { content: { "application/json": { schema: PayAgainRequest } } },
      responses: {
        "200": json(PayAgainResponse, "The order and how to pay it now"),
        ...errors(400, 401, 404, 409, 422),
      },
    },
  },
  "/api/payments/vnpay/ipn": {
    get: {
      tags: ["payments"],
      summary:
        "VNPay IPN (server to server): 97 bad signature, 01 unknown, 04 wrong amount, 02 already confirmed, 00 applied, 99 error",
      responses: { "200": json(z.object({ RspCode: z.string(), Message: z.string() }), "Always 200 with an RspCode") },
    },
  },
  "/api/payments/vnpay/return": {
    get: {
      tags: ["payments"],
      summary: "The shopper's return from VNPay: verified, then redirected to the order result page",
      responses: { "302": { description: "To the storefront" } },
    },
  },
  "/api/admin/refunds": {
    get: {
      tags: ["admin"],
      summary: "Refunds, newest first (failed ones need attention)",
      ...bearer,
      requestParams: { query: RefundQuery },
      responses: {
        "200": json(
          z.object({ items: z.array(RefundView), total: z.number(), page: z.number(), limit: z.number() }),
          "A page of refunds",
        ),
        ...errors(401, 403),
      },
    },
  },
  "/api/admin/refunds/{id}/retry": {
    post: {
      tags: ["admin"],
      summary: "Send a failed refund again",
      ...bearer,
      requestParams: { path: Id },
      responses: { "200": json(z.object({ refund: RefundView }), "The refund"), ...errors(401, 403, 404, 409) },
    },
  },
};
