import { In, type DataSource, type EntityManager } from "typeorm";
import type {
  BalanceDueList,
  BalanceDueQuery,
  AdminPayoutQuery,
  CreatePayoutRequest,
  LedgerQuery,
  LedgerResponse,
  Payout as PayoutDto,
  PayoutList,
  PayoutListQuery,
} from "@chophien/contracts";
import { AppError } from "../../http/errors";
import { Order } from "../orders/order.entity";
import { StallOrder } from "../orders/stall-order.entity";
import { Stall } from "../stalls/stall.entity";
import type { User } from "../users/user.entity";
import { balancesDue, type CodRemitter, stallBalance } from "./ledger";
import { LedgerEntry } from "./ledger-entry.entity";
import { presentLedgerEntry, presentPayout } from "./ledger.presenter";
import { Payout } from "./payout.entity";

/** đồng with Vietnamese digit grouping: 1234000 → "1.234.000". */
export const formatDong = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/** Why a payout is refused: only `payable` can go, and what limits it (the balance, or the money held). */
export function overPayableReason(b: { available: number; held: number; payable: number }): string {
  const why =
    b.available < 0
      ? `the stall owes ${formatDong(-b.available)} ₫ commission on cash-on-delivery sales its own carrier collected`
      : b.held < b.available
        ? `the market holds only ${formatDong(Math.max(b.held, 0))} ₫ of the stall's ${formatDong(b.available)} ₫ balance`
        : `that is the stall's balance (online sales less commission and payouts)`;
  return `Only ${formatDong(b.payable)} ₫ can be paid out: ${why}`;
}

/** Stall statements, payouts to stalls and per-stall commission rates. */
export class LedgerService {
  constructor(
    private readonly ds: DataSource,
    private readonly codRemittedBy: CodRemitter,
  ) {}

  /**
   * A stall's ledger lines (newest first) with its balance: `available` is the sum of every line, `held` what
   * the market really has for the stall, `payable` what a payout may take, `pendingSales` what
   * delivered-but-not-completed stall orders will add once completed.
   * One repeatable-read snapshot, so the page and the balance agree.
   */
  async statement(stall: Pick<Stall, "id">, q: LedgerQuery): Promise<LedgerResponse> {
    return this.ds.transaction("REPEATABLE READ", async (m) => {
      const [rows, total] = await m.findAndCount(LedgerEntry, {
        where: { stallId: stall.id },
        order: { createdAt: "DESC", id: "DESC" },
        skip: (q.page - 1) * q.limit,
        take: q.limit,
      });
      const codes = await this.orderCodes(
        m,
        rows.map((e) => e.stallOrderId).filter((id): id is string => id !== null),
      );
      return {
        items: rows.map((e) => presentLedgerEntry(e, e.stallOrderId ? (codes.get(e.stallOrderId) ?? null) : null)),
        total,
        page: q.page,
        limit: q.limit,
        balance: { ...(await stallBalance(m, stall.id)), pendingSales: await this.pendingSales(m, stall.id) },
      };
    });
  }

  /**
   * Records a bank transfer to a stall and debits its ledger, in one transaction: the stall row is locked
   * (`SELECT … FOR UPDATE`) before the balance is read, so concurrent payouts queue and can never overdraw.
   * Unknown stall 404; a reference already recorded for the stall 409; more than the payable balance — never
   * more than the money the market holds for the stall — 422 with the reason.
   */
  async createPayout(admin: User, input: CreatePayoutRequest): Promise<PayoutDto> {
    return this.ds.transaction(async (m) => {
      const stall = await m.findOne(Stall, {
        where: { id: input.stallId },
        lock: { mode: "pessimistic_write" },
        select: { id: true, slug: true, name: true },
      });
      if (!stall) throw AppError.notFound("Stall");
      // Under the lock this check is race-free: a double-submitted transfer is refused, not paid twice.
      if (await m.exists(Payout, { where: { stallId: stall.id, reference: input.reference } }))
        throw AppError.conflict(`A payout with reference "${input.reference}" is already recorded for this stall`, [
          { path: "body.reference", message: "Already recorded" },
        ]);
      const balance = await stallBalance(m, stall.id);
      if (input.amount > balance.payable)
        throw new AppError("unprocessable", overPayableReason(balance), [
          { path: "body.amount", message: `At most ${balance.payable}` },
        ]);
      const payout = m.create(Payout, {
        stallId: stall.id,
        amount: input.amount,
        reference: input.reference,
        createdBy: admin.id,
      });
      await m.insert(Payout, payout);
      await m.insert(LedgerEntry, {
        stallId: stall.id,
        kind: "payout",
        amount: -input.amount,
        stallOrderId: null,
        payoutId: payout.id,
        refundId: null,
        note: input.reference,
      });
      return presentPayout(payout, stall, admin);
    });
  }

  /** The stalls the market can pay now, largest payable balance first. */
  async balancesDue(q: BalanceDueQuery): Promise<BalanceDueList> {
    const { rows, total } = await balancesDue(this.ds.manager, q);
    return {
      items: rows.map((r) => ({
        stall: { id: r.stall_id, slug: r.slug, name: r.name },
        available: r.available,
        held: r.held,
        payable: r.payable,
      })),
      total,
      page: q.page,
      limit: q.limit,
    };
  }

  /** Payouts newest first, for admins (optionally one stall, by slug). An unknown slug is an empty page. */
  async adminPayouts(q: AdminPayoutQuery): Promise<PayoutList> {
    return this.payouts(q.stall ? { slug: q.stall } : {}, q);
  }

  /** The payouts a stall has received, newest first. */
  async stallPayouts(stall: Pick<Stall, "id">, q: PayoutListQuery): Promise<PayoutList> {
    return this.payouts({ id: stall.id }, q);
  }

  /**
   * Sets (or with null clears) a stall's commission override in basis points. Only orders placed afterwards
   * use it: stall orders snapshot their rate at checkout. Unknown stall 404.
   */
  async setCommissionRate(stallId: string, commissionRateBps: number | null): Promise<void> {
    const r = await this.ds.getRepository(Stall).update({ id: stallId }, { commissionRateBps });
    if (!r.affected) throw AppError.notFound("Stall");
  }

  private async payouts(stall: { id?: string; slug?: string }, q: PayoutListQuery): Promise<PayoutList> {
    const qb = this.ds
      .getRepository(Payout)
      .createQueryBuilder("p")
      .innerJoin("p.stall", "s")
      .addSelect(["s.id", "s.slug", "s.name"])
      .innerJoin("p.creator", "u")
      .addSelect(["u.id", "u.fullName"]);
    if (stall.id) qb.andWhere("p.stall_id = :id", { id: stall.id });
    if (stall.slug) qb.andWhere("s.slug = :slug", { slug: stall.slug });
    const [rows, total] = await qb
      .orderBy("p.createdAt", "DESC")
      .addOrderBy("p.id", "DESC")
      .offset((q.page - 1) * q.limit)
      .limit(q.limit)
      .getManyAndCount();
    return {
      items: rows.map((p) => presentPayout(p, p.stall!, p.creator!)),
      total,
      page: q.page,
      limit: q.limit,
    };
  }

  /**
   * đồng still on its way: what completing the stall's delivered orders will book — goods + shipping + what the
   * market's vouchers took off − commission, or without the goods and shipping where its own carrier collects the
   * cash (COD with `COD_REMITTED_BY=stall`).
   */
  private async pendingSales(m: EntityManager, stallId: string): Promise<number> {
    const [row] = await m.query<{ sum: string }[]>(
      `SELECT COALESCE(SUM(CASE WHEN o.payment_method = 'cod' AND $2 THEN 0 ELSE so.subtotal + so.shipping_fee END
                           + so.platform_discount - so.commission), 0)::text AS sum
         FROM stall_order so JOIN customer_order o ON o.id = so.order_id
        WHERE so.stall_id = $1 AND so.status = 'delivered'`,
      [stallId, this.codRemittedBy === "stall"],
    );
    return Number(row?.sum ?? 0);
  }

  /** Order codes by stall order id, in one query. */
  private async orderCodes(m: EntityManager, stallOrderIds: string[]): Promise<Map<string, string>> {
    if (!stallOrderIds.length) return new Map();
    const parts = await m.find(StallOrder, { where: { id: In(stallOrderIds) }, select: { id: true, orderId: true } });
    const orders = await m.find(Order, { where: { id: In(parts.map((p) => p.orderId)) }, select: { id: true, code: true } });
    const code = new Map(orders.map((o) => [o.id, o.code]));
    return new Map(parts.map((p) => [p.id, code.get(p.orderId) ?? ""]));
  }
}
