import express, { Router } from "express";
import { z } from "zod";
import type { DataSource } from "typeorm";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { PageQuery } from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { BANK_WEBHOOK_PATH, BankNotification } from "./bank-notifications";
import { BankTransfer } from "./bank-transfer.entity";
import type { PaymentsService } from "./payments.service";

const BankTransferView = z
  .object({
    id: z.uuid(),
    transactionId: z.string(),
    amount: z.number().int(),
    content: z.string(),
    transactedAt: z.iso.datetime(),
    status: z.enum(["matched", "unmatched", "resolved"]),
    reason: z.string().nullable(),
    paymentId: z.uuid().nullable(),
    matchedById: z.uuid().nullable(),
    matchedAt: z.iso.datetime().nullable(),
    matchNote: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "BankTransfer" });
type BankTransferView = z.infer<typeof BankTransferView>;

/** Whitelists what admins see of a bank notification (never the raw body). */
export const presentBankTransfer = (t: BankTransfer): BankTransferView => ({
  id: t.id,
  transactionId: t.transactionId,
  amount: t.amount,
  content: t.content,
  transactedAt: t.transactedAt.toISOString(),
  status: t.status,
  reason: t.reason,
  paymentId: t.paymentId,
  matchedById: t.matchedById,
  matchedAt: t.matchedAt?.toISOString() ?? null,
  matchNote: t.matchNote,
  createdAt: t.createdAt.toISOString(),
});

const TransferQuery = z.object({ status: z.enum(["matched", "unmatched", "resolved"]).optional(), ...PageQuery }).strict();
const Id = z.object({ id: z.uuid() });
export const MatchTransferRequest = z
  .object({
    /** The order this money pays; absent = resolve without an order (refunded by hand, not ours…). */
    orderCode: z.string().trim().min(1).max(24).optional(),
    note: z.string().trim().min(3).max(500),
  })
  .strict();
const WebhookReply = z.object({ result: z.enum(["matched", "unmatched", "duplicate"]), transferId: z.uuid().optional() });

/**
 * POST /api/payments/bank/webhook, mounted before the JSON parser: the signature covers the raw bytes, which the
 * service checks before it parses anything.
 */
export function bankWebhookRoute({ payments }: { payments: PaymentsService }): Router {
  const r = Router();
  r.post(BANK_WEBHOOK_PATH.replace(/^\/api/, ""), express.raw({ type: () => true, limit: "16kb" }), async (req, res) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const reply = await payments.handleBankWebhook(raw, req.get("X-Signature"));
    res.set("Cache-Control", "no-store").json(reply);
  });
  return r;
}

/** The admins' desk for bank transfers that paid nothing automatically. */
export function bankTransfersRoutes({
  payments,
  guard,
  ds,
}: {
  payments: PaymentsService;
  guard: AuthGuard;
  ds: DataSource;
}): Router {
  const r = Router();
  const List = { query: TransferQuery };
  r.get("/admin/bank-transfers", guard("admin"), validate(List), async (req, res) => {
    const q = input(req, List).query;
    const [rows, total] = await ds.getRepository(BankTransfer).findAndCount({
      where: q.status ? { status: q.status } : {},
      order: { createdAt: "DESC" },
      skip: (q.page - 1) * q.limit,
      take: q.limit,
    });
    res.json({ items: rows.map(presentBankTransfer), total, page: q.page, limit: q.limit });
  });

  const Match = { params: Id, body: MatchTransferRequest };
  r.post("/admin/bank-transfers/:id/match", guard("admin"), validate(Match), async (req, res) => {
    const { params, body } = input(req, Match);
    res.json({ transfer: presentBankTransfer(await payments.matchTransfer(params.id, body, currentUser(req).id)) });
  });
  return r;
}

export const bankTransfersPaths: ZodOpenApiPathsObject = {
  [BANK_WEBHOOK_PATH]: {
    post: {
      tags: ["payments"],
      summary:
        "Bank notification (server to server), signed: X-Signature = hex HMAC-SHA256 of the raw body with BANK_WEBHOOK_SECRET. Each transactionId counts once.",
      requestParams: { header: z.object({ "x-signature": z.string() }) },
      requestBody: { content: { "application/json": { schema: BankNotification } } },
      responses: { "200": json(WebhookReply, "Settled, kept unmatched, or a duplicate"), ...errors(400, 401) },
    },
  },
  "/api/admin/bank-transfers": {
    get: {
      tags: ["admin"],
      summary: "Bank transfers, newest first (`status=unmatched`: the ones waiting for an admin)",
      ...bearer,
      requestParams: { query: TransferQuery },
      responses: {
        "200": json(
          z.object({ items: z.array(BankTransferView), total: z.number(), page: z.number(), limit: z.number() }),
          "A page of bank transfers",
        ),
        ...errors(401, 403),
      },
    },
  },
  "/api/admin/bank-transfers/{id}/match": {
    post: {
      tags: ["admin"],
      summary: "Pay an order with an unmatched transfer (orderCode), or resolve it without one; the note says why",
      ...bearer,
      requestParams: { path: Id },
      requestBody: { content: { "application/json": { schema: MatchTransferRequest } } },
      responses: { "200": json(z.object({ transfer: BankTransferView }), "The transfer"), ...errors(400, 401, 403, 404, 409) },
    },
  },
};
