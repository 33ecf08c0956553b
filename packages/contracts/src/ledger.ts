import { z } from "zod";
import { page } from "./common";
import { PageQuery } from "./stalls";

/**
 * What a ledger line records: sales +, commission / refunds / payouts −, adjustments either way, and
 * `cod_collected` −: the cash of a cash-on-delivery sale that the stall's own carrier collected from the buyer
 * (the stall already has it, so it leaves the balance and only the commission is owed); `platform_voucher` +: what
 * the market's own vouchers took off the stall's sale, which the market pays. See docs/payments.md.
 */
export const LEDGER_KINDS = [
  "sale",
  "cod_collected",
  "commission",
  "platform_voucher",
  "refund",
  "payout",
  "adjustment",
] as const;
export const LedgerKind = z.enum(LEDGER_KINDS).meta({ id: "LedgerKind" });
export type LedgerKind = z.infer<typeof LedgerKind>;

/** One append-only line of what the platform owes a stall. */
export const LedgerEntry = z
  .object({
    id: z.uuid(),
    kind: LedgerKind,
    /** đồng, signed: + owed to the stall, − taken from its balance. */
    amount: z.number().int(),
    stallOrderId: z.uuid().nullable(),
    /** The order's code when the line comes from a stall order. */
    orderCode: z.string().nullable(),
    payoutId: z.uuid().nullable(),
    note: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "LedgerEntry" });
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export const LedgerBalance = z
  .object({
    /**
     * đồng: the sum of every ledger line — what the market owes the stall. Negative when the stall owes the
     * market commission on cash-on-delivery sales that its online sales have not covered yet.
     */
    available: z.number().int(),
    /**
     * đồng: the money the market itself holds for the stall — what buyers paid it (online, or cash its carrier
     * remitted) for completed sales, less refunds and payouts. Commission does not change it.
     */
    held: z.number().int(),
    /** đồng: what a payout may take now, never more than the market holds: max(0, min(available, held)). */
    payable: z.number().int().min(0),
    /**
     * đồng: what stall orders delivered but not yet completed will add to `available` once completed
     * (goods + shipping − commission when paid online; only − commission for cash its own carrier collects).
     */
    pendingSales: z.number().int(),
  })
  .meta({ id: "LedgerBalance" });
export type LedgerBalance = z.infer<typeof LedgerBalance>;

/** A stall's statement: its ledger lines newest first, and its balance. */
export const LedgerResponse = page(LedgerEntry).extend({ balance: LedgerBalance }).meta({ id: "LedgerResponse" });
export type LedgerResponse = z.infer<typeof LedgerResponse>;
export const LedgerQuery = z.object({ ...PageQuery }).strict();
export type LedgerQuery = z.infer<typeof LedgerQuery>;

/** An admin records a bank transfer made to a stall; never more than its payable balance (422 beyond). */
export const CreatePayoutRequest = z
  .object({
    stallId: z.uuid(),
    /** đồng */
    amount: z.number().int().min(1),
    /** The bank transfer's reference; one payout per reference and stall. */
    reference: z.string().trim().min(3).max(100),
  })
  .strict()
  .meta({ id: "CreatePayoutRequest" });
export type CreatePayoutRequest = z.infer<typeof CreatePayoutRequest>;

export const Payout = z
  .object({
    id: z.uuid(),
    stall: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
    /** đồng */
    amount: z.number().int(),
    reference: z.string(),
    createdBy: z.object({ id: z.uuid(), fullName: z.string() }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Payout" });
export type Payout = z.infer<typeof Payout>;
export const PayoutResponse = z.object({ payout: Payout }).meta({ id: "PayoutResponse" });
export type PayoutResponse = z.infer<typeof PayoutResponse>;
export const PayoutList = page(Payout).meta({ id: "PayoutList" });
export type PayoutList = z.infer<typeof PayoutList>;
export const PayoutListQuery = z.object({ ...PageQuery }).strict();
export type PayoutListQuery = z.infer<typeof PayoutListQuery>;
export const AdminPayoutQuery = z
  .object({ stall: z.string().max(100).optional().meta({ description: "stall slug" }), ...PageQuery })
  .strict();
export type AdminPayoutQuery = z.infer<typeof AdminPayoutQuery>;

/** A stall's commission override in basis points (500 = 5 %); null goes back to the platform default. */
export const CommissionOverrideRequest = z
  .object({ commissionRateBps: z.number().int().min(0).max(10_000).nullable() })
  .strict()
  .meta({ id: "CommissionOverrideRequest" });
export type CommissionOverrideRequest = z.infer<typeof CommissionOverrideRequest>;

/** A stall the market owes money it can pay out now (the admins' "balances due" list). */
export const BalanceDue = z
  .object({
    stall: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
    /** đồng, as in LedgerBalance */
    available: z.number().int(),
    held: z.number().int(),
    payable: z.number().int(),
  })
  .meta({ id: "BalanceDue" });
export type BalanceDue = z.infer<typeof BalanceDue>;
export const BalanceDueList = page(BalanceDue).meta({ id: "BalanceDueList" });
export type BalanceDueList = z.infer<typeof BalanceDueList>;
export const BalanceDueQuery = z.object({ ...PageQuery }).strict();
export type BalanceDueQuery = z.infer<typeof BalanceDueQuery>;
