import type { DataSource, EntityManager } from "typeorm";
import type { CreateVoucherRequest, UpdateVoucherRequest, Voucher as VoucherView } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import { type ActingStall, changedFields } from "../helpers/acting-stall";
import { Voucher } from "./voucher.entity";
import { presentVoucher, type VoucherStats } from "./voucher.presenter";

/** Per voucher: the orders holding a use, the đồng it took off them, and what was paid for its owner's part. */
async function statsOf(m: Pick<EntityManager, "query">, ids: string[]): Promise<Map<string, VoucherStats>> {
  if (!ids.length) return new Map();
  const rows = await m.query<{ voucher_id: string; orders: number; discount: string; revenue: string }[]>(
    `SELECT u.voucher_id, count(*)::int AS orders, sum(u.discount)::text AS discount,
            COALESCE(sum((SELECT sum(so.subtotal + so.shipping_fee) FROM stall_order so
                           WHERE so.order_id = u.order_id AND so.status <> 'cancelled'
                             AND (v.stall_id IS NULL OR so.stall_id = v.stall_id))), 0)::text AS revenue
       FROM voucher_use u JOIN voucher v ON v.id = u.voucher_id
      WHERE u.voucher_id = ANY($1) AND u.released_at IS NULL GROUP BY u.voucher_id`,
    [ids],
  );
  return new Map(
    rows.map((r) => [r.voucher_id, { orders: r.orders, discountGiven: Number(r.discount), revenue: Number(r.revenue) }]),
  );
}

/** Who owns a voucher: the platform (an admin acts) or one stall (its seller, or a helper under a grant). */
export type VoucherOwner = { kind: "platform"; actorId: string } | { kind: "stall"; ctx: ActingStall };

const ownerKey = (o: VoucherOwner) => (o.kind === "platform" ? "platform" : o.ctx.stall.id);
const actorOf = (o: VoucherOwner) => (o.kind === "platform" ? o.actorId : o.ctx.actor.id);

function isUniqueViolation(e: unknown): boolean {
  return (
    (e as { code?: string; driverError?: { code?: string } })?.driverError?.code === "23505" ||
    (e as { code?: string })?.code === "23505"
  );
}

/** Creating, listing and editing vouchers; the checkout's consumption lives in the pricing step. */
export class VouchersService {
  constructor(private readonly ds: DataSource) {}

  async create(owner: VoucherOwner, input: CreateVoucherRequest): Promise<VoucherView> {
    try {
      return await this.ds.transaction(async (m) => {
        const v = m.create(Voucher, {
          stallId: owner.kind === "stall" ? owner.ctx.stall.id : null,
          ownerKey: ownerKey(owner),
          code: input.code.toUpperCase(),
          kind: input.kind,
          value: input.value,
          maxDiscount: input.maxDiscount ?? null,
          minSubtotal: input.minSubtotal ?? 0,
          startsAt: new Date(input.startsAt),
          endsAt: new Date(input.endsAt),
          totalQuantity: input.totalQuantity ?? null,
          perUserLimit: input.perUserLimit,
          categoryIds: input.categoryIds ?? [],
          productIds: input.productIds ?? [],
          status: "active",
          used: 0,
          createdById: actorOf(owner),
        });
        await m.insert(Voucher, v);
        if (owner.kind === "stall") await owner.ctx.audit(m, { targetId: v.id, before: null, after: { ...input } });
        return presentVoucher(await m.findOneByOrFail(Voucher, { id: v.id }));
      });
    } catch (e) {
      if (isUniqueViolation(e)) {
        throw AppError.conflict(`You already have a voucher with the code ${input.code.toUpperCase()}`, [
          { path: "body.code", message: "Taken" },
        ]);
      }
      throw e;
    }
  }

  async list(owner: VoucherOwner): Promise<VoucherView[]> {
    const rows = await this.ds.getRepository(Voucher).find({
      where: { ownerKey: ownerKey(owner) },
      order: { createdAt: "DESC" },
    });
    const stats = await statsOf(
      this.ds,
      rows.map((r) => r.id),
    );
    return rows.map((r) => presentVoucher(r, stats.get(r.id)));
  }

  async update(owner: VoucherOwner, id: string, input: UpdateVoucherRequest): Promise<VoucherView> {
    return this.ds.transaction(async (m: EntityManager) => {
      const v = await m
        .getRepository(Voucher)
        .createQueryBuilder("v")
        .setLock("pessimistic_write")
        .where("v.id = :id AND v.owner_key = :owner", { id, owner: ownerKey(owner) })
        .getOne();
      if (!v) throw AppError.notFound("Voucher");
      const columns: Partial<Voucher> = {};
      if (input.status) columns.status = input.status;
      if (input.startsAt) columns.startsAt = new Date(input.startsAt);
      if (input.endsAt) columns.endsAt = new Date(input.endsAt);
      if (input.totalQuantity !== undefined) columns.totalQuantity = input.totalQuantity;
      if (input.perUserLimit !== undefined) columns.perUserLimit = input.perUserLimit;
      if (input.categoryIds) columns.categoryIds = [...new Set(input.categoryIds)];
      if (input.productIds) columns.productIds = [...new Set(input.productIds)];
      const starts = columns.startsAt ?? v.startsAt;
      const ends = columns.endsAt ?? v.endsAt;
      if (ends <= starts)
        throw AppError.badRequest("endsAt is after startsAt", [{ path: "body.endsAt", message: "Before startsAt" }]);
      if (columns.totalQuantity != null && columns.totalQuantity < v.used) {
        throw AppError.conflict(`This voucher has already been used ${v.used} times`, [
          { path: "body.totalQuantity", message: `At least ${v.used}` },
        ]);
      }
      if (Object.keys(columns).length) await m.update(Voucher, { id }, columns);
      if (owner.kind === "stall") {
        await owner.ctx.audit(m, {
          targetId: id,
          ...changedFields(v as unknown as Record<string, unknown>, columns),
        });
      }
      return presentVoucher(await m.findOneByOrFail(Voucher, { id }), (await statsOf(m, [id])).get(id));
    });
  }
}
