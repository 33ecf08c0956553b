import type { LedgerEntry as LedgerEntryDto, Payout as PayoutDto } from "@chophien/contracts";
import type { Stall } from "../stalls/stall.entity";
import type { User } from "../users/user.entity";
import type { LedgerEntry } from "./ledger-entry.entity";
import type { Payout } from "./payout.entity";

/** One ledger line as its stall and admins see it; `orderCode` when it comes from a stall order. */
export function presentLedgerEntry(e: LedgerEntry, orderCode: string | null): LedgerEntryDto {
  return {
    id: e.id,
    kind: e.kind,
    amount: e.amount,
    stallOrderId: e.stallOrderId,
    orderCode,
    payoutId: e.payoutId,
    note: e.note,
    createdAt: e.createdAt.toISOString(),
  };
}

/** A payout with its stall and the admin who recorded it (id and name only). */
export function presentPayout(
  p: Payout,
  stall: Pick<Stall, "id" | "slug" | "name">,
  creator: Pick<User, "id" | "fullName">,
): PayoutDto {
  return {
    id: p.id,
    stall: { id: stall.id, slug: stall.slug, name: stall.name },
    amount: p.amount,
    reference: p.reference,
    createdBy: { id: creator.id, fullName: creator.fullName },
    createdAt: p.createdAt.toISOString(),
  };
}
