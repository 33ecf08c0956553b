import type { DataSource, EntityManager } from "typeorm";
import {
  type CreateOcopCertificateRequest,
  OCOP_VALID_MONTHS,
  type OcopCertificate,
  type OcopCertificateStatus,
} from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import type { ActingStall } from "../helpers/acting-stall";
import { OutboxMessage } from "../notifications/outbox.entity";
import type { User } from "../users/user.entity";
import type { FileStorage } from "../../lib/storage/storage";
import { cleanDocument } from "./ocop-document";
import { canMove, OCOP_MOVES, type OcopMove } from "./ocop-state";

/** Today in Vietnam (GMT+7) as YYYY-MM-DD. */
export const vnDay = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
/** `day` + `months` months (same day of month, clamped to the month's end), YYYY-MM-DD. */
export function addMonths(day: string, months: number): string {
  const [y = 0, m = 1, d = 1] = day.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

interface Row {
  id: string;
  stall_id: string;
  regime: OcopCertificate["regime"];
  product_group: OcopCertificate["productGroup"];
  stars: number;
  score: number | null;
  issuing_level: OcopCertificate["issuingLevel"];
  issuing_authority: string;
  decision_no: string;
  decision_date: string;
  valid_until: string;
  status: OcopCertificateStatus;
  reason: string | null;
  revocation_decision_no: string | null;
  superseded_by_id: string | null;
  document_key: string | null;
  document_type: string | null;
  created_at: Date;
  product_ids: string[];
  decisions: { action: string; reason: string | null; adminId: string | null; createdAt: string }[];
}

const SELECT = `SELECT c.id, c.stall_id, c.regime, c.product_group, c.stars, c.score, c.issuing_level, c.issuing_authority,
       c.decision_no, to_char(c.decision_date, 'YYYY-MM-DD') AS decision_date, to_char(c.valid_until, 'YYYY-MM-DD') AS valid_until,
       c.status, c.reason, c.revocation_decision_no, c.superseded_by_id, c.document_key, c.document_type, c.created_at,
       (SELECT coalesce(array_agg(cp.product_id ORDER BY cp.product_id), '{}') FROM ocop_certificate_product cp
         WHERE cp.certificate_id = c.id) AS product_ids,
       (SELECT coalesce(json_agg(json_build_object('action', d.action, 'reason', d.reason, 'adminId', d.admin_id,
                                                   'createdAt', d.created_at) ORDER BY d.created_at), '[]'::json)
          FROM ocop_certificate_decision d WHERE d.certificate_id = c.id) AS decisions
  FROM ocop_certificate c`;

export interface AdminOcopFilter {
  status?: OcopCertificateStatus;
  expiringWithinDays?: number;
  stars?: number;
  province?: string;
  page: number;
  limit: number;
}

/**
 * OCOP certificates: stalls submit, admins decide, and each product's public star (`product.ocop_stars`, which
 * the catalogue's count triggers follow) is set and cleared here only, in the decision's own transaction.
 */
export class OcopService {
  /** The Vietnamese day this process last swept expiries for (see expireDue). */
  private sweptDay = "";

  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly onCatalogChange: () => void = () => {},
    private readonly storage?: FileStorage,
  ) {}

  /** POST /api/seller/ocop-certificates/:id/document: attach (or replace) the scan while the certificate is submitted. */
  async attachDocument(ctx: ActingStall, id: string, input: Buffer): Promise<OcopCertificate> {
    if (!this.storage) throw new Error("No storage configured");
    await this.row(this.ds, id, ctx.stall.id);
    const doc = await cleanDocument(input);
    const key = `ocop-${id}-${doc.hash.slice(0, 32)}.${doc.ext}`;
    await this.storage.put(key, doc.data, doc.contentType);
    const row = await this.ds.transaction(async (m) => {
      const [updated] = await m.query<[{ id: string }[], number]>(
        `UPDATE ocop_certificate SET document_key = $3, document_type = $4, updated_at = now()
          WHERE id = $1 AND stall_id = $2 AND status = 'submitted' RETURNING id`,
        [id, ctx.stall.id, key, doc.contentType],
      );
      if (!updated.length) throw AppError.conflict("Only a submitted certificate takes a document");
      await ctx.audit(m, { targetId: id, before: null, after: { document: key } });
      return this.row(m, id);
    });
    return this.present(row);
  }

  /** A certificate's stored document: for anyone when it backs a public star, else for its stall or an admin. */
  async document(id: string, who: { stallId?: string; admin?: boolean }): Promise<{ data: Buffer; contentType: string }> {
    const row = await this.row(this.ds, id).catch(() => undefined);
    const today = this.today();
    const visible =
      row &&
      (who.admin || (who.stallId && row.stall_id === who.stallId) || (row.status === "verified" && row.valid_until >= today));
    const data = visible && row.document_key && this.storage ? await this.storage.read(row.document_key) : undefined;
    if (!row || !data) throw AppError.notFound("Document");
    return { data, contentType: row.document_type ?? "application/octet-stream" };
  }

  today = () => vnDay(this.clock.now());

  present(r: Row, today = this.today()): OcopCertificate {
    return {
      id: r.id,
      stallId: r.stall_id,
      regime: r.regime,
      productGroup: r.product_group,
      stars: r.stars,
      score: r.score,
      issuingLevel: r.issuing_level,
      issuingAuthority: r.issuing_authority,
      decisionNo: r.decision_no,
      decisionDate: r.decision_date,
      validUntil: r.valid_until,
      // Computed at read time: the day after validUntil a verified certificate is expired, job or not.
      status: r.status === "verified" && r.valid_until < today ? "expired" : r.status,
      reason: r.reason,
      revocationDecisionNo: r.revocation_decision_no,
      supersededById: r.superseded_by_id,
      productIds: r.product_ids,
      documentUrl: r.document_key ? `/api/ocop-certificates/${r.id}/document` : null,
      documentType: r.document_type,
      decisions: r.decisions.map((d) => ({ ...d, createdAt: new Date(d.createdAt).toISOString() })),
      createdAt: r.created_at.toISOString(),
    };
  }

  private async row(m: EntityManager | DataSource, id: string, stallId?: string): Promise<Row> {
    const [row] = await m.query<Row[]>(
      `${SELECT} WHERE c.id = $1 ${stallId ? "AND c.stall_id = $2" : ""}`,
      stallId ? [id, stallId] : [id],
    );
    if (!row) throw AppError.notFound("Certificate");
    return row;
  }

  /** POST /api/seller/ocop-certificates: a submitted certificate for the stall's own products. */
  async submit(ctx: ActingStall, body: CreateOcopCertificateRequest): Promise<OcopCertificate> {
    const today = this.today();
    if (body.decisionDate > today)
      throw new AppError("validation_failed", "The decision date is in the future", [
        { path: "body.decisionDate", message: "In the future" },
      ]);
    const max = addMonths(body.decisionDate, OCOP_VALID_MONTHS);
    const validUntil = body.validUntil ?? max;
    if (validUntil > max)
      throw new AppError("validation_failed", "A certificate holds at most 36 months from its decision", [
        { path: "body.validUntil", message: `At most ${max}` },
      ]);
    if (validUntil < body.decisionDate)
      throw new AppError("validation_failed", "Valid until is before the decision", [
        { path: "body.validUntil", message: "Before the decision" },
      ]);
    if (validUntil < today) throw new AppError("unprocessable", `This certificate expired on ${validUntil}`);
    return this.ds.transaction(async (m) => {
      const owned = await m.query<{ id: string }[]>(`SELECT id FROM product WHERE id = ANY($1::uuid[]) AND stall_id = $2`, [
        body.productIds,
        ctx.stall.id,
      ]);
      if (owned.length !== body.productIds.length) throw AppError.notFound("Product");
      const [{ id }] = await m.query<[{ id: string }]>(
        `INSERT INTO ocop_certificate (stall_id, regime, product_group, stars, score, issuing_level, issuing_authority,
                                       decision_no, decision_date, valid_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          ctx.stall.id,
          body.regime,
          body.productGroup,
          body.stars,
          body.score ?? null,
          body.issuingLevel,
          body.issuingAuthority,
          body.decisionNo,
          body.decisionDate,
          validUntil,
        ],
      );
      await m.query(`INSERT INTO ocop_certificate_product (certificate_id, product_id) SELECT $1, unnest($2::uuid[])`, [
        id,
        body.productIds,
      ]);
      const cert = this.present(await this.row(m, id), today);
      await ctx.audit(m, { targetId: id, before: null, after: { ...cert, decisions: undefined } });
      return cert;
    });
  }

  async listForStall(stallId: string, f: { page: number; limit: number }) {
    const rows = await this.ds.query<Row[]>(
      `${SELECT} WHERE c.stall_id = $1 ORDER BY c.created_at DESC, c.id LIMIT $2 OFFSET $3`,
      [stallId, f.limit, (f.page - 1) * f.limit],
    );
    const [{ n }] = await this.ds.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM ocop_certificate WHERE stall_id = $1`, [
      stallId,
    ]);
    const today = this.today();
    return { items: rows.map((r) => this.present(r, today)), total: n };
  }

  async getForStall(stallId: string, id: string) {
    return this.present(await this.row(this.ds, id, stallId));
  }

  async get(id: string) {
    return this.present(await this.row(this.ds, id));
  }

  /** The admin queue: submitted oldest first; or verified ones expiring within N days, soonest first. */
  async list(f: AdminOcopFilter) {
    const today = this.today();
    const where: string[] = [];
    const params: unknown[] = [];
    const bind = (v: unknown) => `$${params.push(v)}`;
    if (f.status === "expired") where.push(`c.status IN ('verified', 'expired') AND c.valid_until < ${bind(today)}::date`);
    else if (f.status === "verified") where.push(`c.status = 'verified' AND c.valid_until >= ${bind(today)}::date`);
    else if (f.status) where.push(`c.status = ${bind(f.status)}`);
    if (f.expiringWithinDays !== undefined)
      where.push(
        `c.status = 'verified' AND c.valid_until BETWEEN ${bind(today)}::date AND ${bind(today)}::date + ${bind(f.expiringWithinDays)}::int`,
      );
    if (f.stars) where.push(`c.stars = ${bind(f.stars)}`);
    if (f.province) where.push(`c.stall_id IN (SELECT id FROM stall WHERE province = ${bind(f.province)})`);
    const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const order = f.expiringWithinDays !== undefined ? "c.valid_until, c.id" : "c.created_at, c.id";
    const [{ n }] = await this.ds.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM ocop_certificate c ${w}`, params);
    const rows = await this.ds.query<Row[]>(
      `${SELECT} ${w} ORDER BY ${order} LIMIT ${bind(f.limit)} OFFSET ${bind((f.page - 1) * f.limit)}`,
      params,
    );
    return { items: rows.map((r) => this.present(r, today)), total: n };
  }

  /** Moves a certificate under a row lock; 409 when the move is not allowed from its state. */
  private async move(
    m: EntityManager,
    id: string,
    move: OcopMove,
    admin: User | null,
    reason: string | null,
    extra: Record<string, unknown> = {},
  ): Promise<Row> {
    const [locked] = await m.query<{ status: OcopCertificateStatus; valid_until: string }[]>(
      `SELECT status, to_char(valid_until, 'YYYY-MM-DD') AS valid_until FROM ocop_certificate WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!locked) throw AppError.notFound("Certificate");
    const today = this.today();
    const status = move !== "expire" && locked.status === "verified" && locked.valid_until < today ? "expired" : locked.status;
    if (!canMove(status, move)) throw AppError.conflict(`A ${status} certificate cannot be ${OCOP_MOVES[move].to}`);
    if (move === "verify" && locked.valid_until < today)
      throw new AppError("unprocessable", `This certificate expired on ${locked.valid_until}`);
    const sets = Object.keys(extra).map((k, i) => `, "${k}" = $${i + 4}`);
    await m.query(
      `UPDATE ocop_certificate SET status = $2, reason = coalesce($3, reason), updated_at = now()${sets.join("")} WHERE id = $1`,
      [id, OCOP_MOVES[move].to, reason, ...Object.values(extra)],
    );
    await m.query(`INSERT INTO ocop_certificate_decision (admin_id, action, reason, certificate_id) VALUES ($1, $2, $3, $4)`, [
      admin?.id ?? null,
      move,
      reason,
      id,
    ]);
    return this.row(m, id);
  }

  /** Re-derives the stars of `productIds` from their verified, unexpired certificates (highest star, latest decision). */
  private async rederive(m: EntityManager, productIds: string[]) {
    await m.query(
      `UPDATE product p SET ocop_stars = best.stars, ocop_valid_until = best.valid_until, ocop_certificate_id = best.id
         FROM (SELECT pid, b.* FROM unnest($1::uuid[]) pid LEFT JOIN LATERAL (
                 SELECT c.id, c.stars, c.valid_until FROM ocop_certificate c JOIN ocop_certificate_product cp ON cp.certificate_id = c.id
                  WHERE cp.product_id = pid AND c.status = 'verified' AND c.valid_until >= $2::date
                  ORDER BY c.decision_date DESC, c.stars DESC LIMIT 1) b ON true) best
        WHERE p.id = best.pid AND (p.ocop_stars, p.ocop_valid_until, p.ocop_certificate_id)
              IS DISTINCT FROM (best.stars, best.valid_until, best.id)`,
      [productIds, this.today()],
    );
  }

  async verify(admin: User, id: string): Promise<OcopCertificate> {
    const cert = await this.ds.transaction(async (m) => {
      const row = await this.move(m, id, "verify", admin, null);
      // Older verified certificates of the same products are superseded by this one.
      const older = await m.query<{ id: string }[]>(
        `SELECT DISTINCT c.id FROM ocop_certificate c JOIN ocop_certificate_product cp ON cp.certificate_id = c.id
          WHERE cp.product_id = ANY($1::uuid[]) AND c.status = 'verified' AND c.id <> $2 AND c.decision_date <= $3::date
          ORDER BY c.id`,
        [row.product_ids, id, row.decision_date],
      );
      for (const o of older)
        await this.move(m, o.id, "supersede", admin, "Superseded by a newer certificate", { superseded_by_id: id });
      await this.rederive(m, await this.productsOf(m, [id, ...older.map((o) => o.id)]));
      return this.row(m, id);
    });
    this.onCatalogChange();
    return this.present(cert);
  }

  async reject(admin: User, id: string, reason: string) {
    const row = await this.ds.transaction((m) => this.move(m, id, "reject", admin, reason));
    return this.present(row);
  }

  async revoke(admin: User, id: string, reason: string, decisionNo?: string) {
    const row = await this.ds.transaction(async (m) => {
      const r = await this.move(m, id, "revoke", admin, reason, { revocation_decision_no: decisionNo ?? null });
      await this.rederive(m, r.product_ids);
      return this.row(m, id);
    });
    this.onCatalogChange();
    return this.present(row);
  }

  private async productsOf(m: EntityManager, ids: string[]) {
    const rows = await m.query<{ product_id: string }[]>(
      `SELECT DISTINCT product_id FROM ocop_certificate_product WHERE certificate_id = ANY($1::uuid[]) ORDER BY product_id`,
      [ids],
    );
    return rows.map((r) => r.product_id);
  }

  /**
   * Records expiries: verified certificates past validUntil become `expired` and their products' stars are
   * re-derived (the count triggers follow). Idempotent; the catalogue calls it (once per process and day) before
   * reading, so a star never outlives its certificate, and the daily job calls it too. Returns how many expired.
   */
  async expireDue(): Promise<number> {
    const today = this.today();
    const n = await this.ds.transaction(async (m) => {
      const due = await m.query<{ id: string }[]>(
        `SELECT id FROM ocop_certificate WHERE status = 'verified' AND valid_until < $1::date ORDER BY id FOR UPDATE SKIP LOCKED`,
        [today],
      );
      for (const d of due) await this.move(m, d.id, "expire", null, "validUntil passed");
      const stale = await m.query<{ id: string }[]>(
        `SELECT id FROM product WHERE ocop_stars IS NOT NULL AND ocop_valid_until < $1::date ORDER BY id`,
        [today],
      );
      const products = [
        ...new Set([
          ...(await this.productsOf(
            m,
            due.map((d) => d.id),
          )),
          ...stale.map((s) => s.id),
        ]),
      ];
      if (products.length) await this.rederive(m, products);
      return due.length + stale.length;
    });
    if (n) this.onCatalogChange();
    return n;
  }

  /** expireDue at most once per process and Vietnamese day (the catalogue's read path calls it). */
  async expireIfNewDay(): Promise<void> {
    const today = this.today();
    if (this.sweptDay === today) return;
    await this.expireDue();
    this.sweptDay = today;
  }

  /**
   * Mails each stall once at 90 and once at 30 days before validUntil: the guarded UPDATE marks the reminder in
   * the same transaction as its outbox row, so two processes never both send it. Returns how many were queued.
   */
  async sendReminders(): Promise<number> {
    const today = this.today();
    let queued = 0;
    for (const [days, col] of [
      [90, "reminded_90_at"],
      [30, "reminded_30_at"],
    ] as const) {
      queued += await this.ds.transaction(async (m) => {
        // An UPDATE … RETURNING answers [rows, affected] through TypeORM.
        const [rows] = await m.query<[{ id: string; stall_id: string; valid_until: string }[], number]>(
          `UPDATE ocop_certificate SET ${col} = now()
            WHERE status = 'verified' AND ${col} IS NULL AND valid_until >= $1::date AND valid_until <= $1::date + $2::int
              ${days === 90 ? "AND valid_until > $1::date + 30" : ""}
            RETURNING id, stall_id, to_char(valid_until, 'YYYY-MM-DD') AS valid_until`,
          [today, days],
        );
        for (const r of rows)
          await m.save(
            m.create(OutboxMessage, {
              topic: "ocop.expiring",
              payload: { certificateId: r.id, stallId: r.stall_id, validUntil: r.valid_until, days },
              processedAt: null,
              attempts: 0,
              lastError: null,
            }),
          );
        return rows.length;
      });
    }
    return queued;
  }
}
