import type { DataSource, EntityManager } from "typeorm";
import {
  type CreateDemandRequest,
  type DemandStatus,
  foldVietnamese,
  type MyDemand,
  type PublicDemand,
} from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import type { OrganisationsService } from "../organisations/organisations.service";
import type { User } from "../users/user.entity";
import { queueDemandMatches } from "./demand-matching";
import { buyersDemand } from "./demand-rules";
import { type DemandMove, nextDemandStatus } from "./demand-state";
import type { DemandOffersService } from "./demand-offers.service";
import { type DemandRow, presentPublicDemand } from "./demands.presenter";

/** The public columns of a demand and of its organisation (name, kind, province — no contact, no id). */
export const DEMAND_SELECT = `SELECT d.id, d.title, d.category_id, d.description, d.quantity, d.unit, d.tolerance_pct, d.deliveries,
       d.province, d.requirements, d.price_min, d.price_max, d.respond_by, d.status, d.awarded_quantity, d.created_at,
       o.name AS org_name, o.kind AS org_kind, o.province AS org_province,
       (SELECT count(*)::int FROM demand_offer f WHERE f.demand_id = d.id) AS offer_count
  FROM demand d JOIN organisation o ON o.id = d.organisation_id`;

const YEAR_MS = 366 * 86_400_000;

/** Filters of the public board. */
export interface BoardQuery {
  q?: string;
  category?: string;
  province?: string;
  status?: DemandStatus;
  page: number;
  limit: number;
}

/** Demands of verified organisations: posting, the public board, the buyer's own view and the expiry sweep. */
export class DemandsService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly organisations: OrganisationsService,
    private readonly offers: DemandOffersService,
  ) {}

  /** POST /api/demands: a member of a verified organisation posts; matching stalls are mailed in the same transaction. */
  async create(user: User, input: CreateDemandRequest): Promise<PublicDemand> {
    const org = await this.organisations.forUser(this.ds, user.id);
    if (!org) throw AppError.forbidden("Register your organisation (POST /api/me/organisation) before posting a demand");
    if (org.status !== "verified")
      throw AppError.forbidden(`Your organisation is ${org.status}: only a verified organisation may post demands`);
    await this.check(input);
    const id = await this.ds.transaction(async (m) => {
      const [row] = await m.query<{ id: string }[]>(
        `INSERT INTO demand (organisation_id, created_by_id, title, category_id, description, quantity, unit, tolerance_pct,
                             deliveries, province, requirements, price_min, price_max, respond_by, search_text)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
        [
          org.id,
          user.id,
          input.title,
          input.categoryId ?? null,
          input.description,
          input.quantity,
          input.unit,
          input.tolerancePct,
          JSON.stringify(input.deliveries ?? []),
          input.province ?? null,
          JSON.stringify(input.requirements),
          input.priceRange?.min ?? null,
          input.priceRange?.max ?? null,
          new Date(input.respondBy),
          foldVietnamese(`${input.title} ${input.description}`),
        ],
      );
      await queueDemandMatches(m, row!.id);
      return row!.id;
    });
    return this.get(id);
  }

  /** The rules zod cannot see: deliveries against the quantity, the deadline against the clock, the category. */
  private async check(input: CreateDemandRequest): Promise<void> {
    const details: { path: string; message: string }[] = [];
    if (input.deliveries?.length) {
      const sum = input.deliveries.reduce((s, d) => s + d.quantity, 0);
      const slack = (input.quantity * input.tolerancePct) / 100;
      if (Math.abs(sum - input.quantity) > slack)
        details.push({
          path: "body.deliveries",
          message: `The deliveries add up to ${sum}, not ${input.quantity} (± ${input.tolerancePct} %)`,
        });
    }
    const respondBy = new Date(input.respondBy).getTime();
    const now = this.clock.now().getTime();
    if (respondBy <= now) details.push({ path: "body.respondBy", message: "The deadline for offers must be in the future" });
    else if (respondBy > now + YEAR_MS)
      details.push({ path: "body.respondBy", message: "The deadline for offers is at most a year away" });
    if (input.categoryId) {
      const [c] = await this.ds.query<unknown[]>(`SELECT 1 FROM category WHERE id = $1`, [input.categoryId]);
      if (!c) details.push({ path: "body.categoryId", message: "No such category" });
    }
    if (details.length) throw new AppError("validation_failed", "The demand is not valid", details);
  }

  /** GET /api/demands: the public board (open demands unless a status is asked), folded words, newest first. */
  async list(f: BoardQuery): Promise<{ items: PublicDemand[]; total: number }> {
    const params: unknown[] = [];
    const bind = (v: unknown) => `$${params.push(v)}`;
    const where = [`d.status = ${bind(f.status ?? "open")}`];
    if (f.q && foldVietnamese(f.q)) where.push(`d.search_vector @@ plainto_tsquery('simple', ${bind(foldVietnamese(f.q))})`);
    if (f.category)
      where.push(
        `d.category_id IN (SELECT c.id FROM category c WHERE c.id = ${bind(f.category)} OR c.parent_id = $${params.length})`,
      );
    if (f.province) where.push(`d.province = ${bind(f.province)}`);
    const filter = where.join(" AND ");
    const rows = await this.ds.query<DemandRow[]>(
      `${DEMAND_SELECT} WHERE ${filter} ORDER BY d.created_at DESC, d.id LIMIT ${bind(f.limit)} OFFSET ${bind((f.page - 1) * f.limit)}`,
      params,
    );
    const [{ total }] = await this.ds.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM demand d WHERE ${filter}`,
      params.slice(0, -2),
    );
    return { items: rows.map(presentPublicDemand), total };
  }

  /** GET /api/demands/:id: one demand as the public sees it. */
  async get(id: string): Promise<PublicDemand> {
    return presentPublicDemand(await this.row(this.ds, id));
  }

  /** GET /api/me/demands: the user's organisation's demands, newest first, each with all its offers. */
  async mine(user: User): Promise<MyDemand[]> {
    const rows = await this.ds.query<DemandRow[]>(
      `${DEMAND_SELECT} JOIN organisation_member om ON om.organisation_id = d.organisation_id AND om.user_id = $1
        ORDER BY d.created_at DESC, d.id LIMIT 200`,
      [user.id],
    );
    const offers = await this.offers.ofDemands(rows.map((r) => r.id));
    return rows.map((r) => ({ ...presentPublicDemand(r), offers: offers.get(r.id) ?? [] }));
  }

  /** GET /api/me/demands/:id: one of the organisation's demands with all its offers (404 for anyone else). */
  async mineOne(user: User, id: string): Promise<MyDemand> {
    await buyersDemand(this.ds, user, id, "notFound");
    const offers = await this.offers.ofDemands([id]);
    return { ...(await this.get(id)), offers: offers.get(id) ?? [] };
  }

  /** POST /api/demands/:id/close | /transition: the buyer stops a demand, or marks an awarded one fulfilled or cancelled. */
  async transition(user: User, id: string, move: Extract<DemandMove, "close" | "fulfil" | "cancel">): Promise<PublicDemand> {
    await this.ds.transaction(async (m) => {
      const d = await buyersDemand(m, user, id, "forbidden", true);
      const to = nextDemandStatus(d.status, move);
      if (!to) throw AppError.conflict(`A ${d.status} demand cannot be ${move === "fulfil" ? "fulfill" : move}ed`);
      const [, changed] = await m.query<[unknown[], number]>(
        `UPDATE demand SET status = $2, updated_at = now() WHERE id = $1 AND status = $3`,
        [id, to, d.status],
      );
      if (!changed) throw AppError.conflict("The demand changed meanwhile");
    });
    return this.get(id);
  }

  /** GET /api/seller/demands: open demands this stall was matched to (and mailed about), newest first. */
  async forStall(stallId: string, f: { page: number; limit: number }): Promise<{ items: PublicDemand[]; total: number }> {
    const mine = `JOIN demand_match dm ON dm.demand_id = d.id AND dm.stall_id = $1 WHERE d.status = 'open' AND d.respond_by > $2`;
    const now = this.clock.now();
    const rows = await this.ds.query<DemandRow[]>(
      `${DEMAND_SELECT} ${mine} ORDER BY d.created_at DESC, d.id LIMIT $3 OFFSET $4`,
      [stallId, now, f.limit, (f.page - 1) * f.limit],
    );
    const [{ total }] = await this.ds.query<[{ total: number }]>(`SELECT count(*)::int AS total FROM demand d ${mine}`, [
      stallId,
      now,
    ]);
    return { items: rows.map(presentPublicDemand), total };
  }

  /** Open demands past their deadline become expired, each once (guarded UPDATE). Returns how many. */
  async expireDue(): Promise<number> {
    const [, expired] = await this.ds.query<[unknown[], number]>(
      `UPDATE demand SET status = 'expired', updated_at = now() WHERE status = 'open' AND respond_by <= $1`,
      [this.clock.now()],
    );
    return expired;
  }

  private async row(m: EntityManager | DataSource, id: string): Promise<DemandRow> {
    const [row] = await m.query<DemandRow[]>(`${DEMAND_SELECT} WHERE d.id = $1`, [id]);
    if (!row) throw AppError.notFound("Demand");
    return row;
  }
}
