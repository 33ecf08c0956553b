import crypto from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { CreateTraceReportRequest, PublicTrace } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import { enqueueTraceNotice } from "../notifications/outbox";
import { presentProvince } from "../stalls/stalls.presenter";
import { PUBLIC_PRODUCT } from "../catalog/catalog-query";
import { Batch } from "./batch.entity";
import type { PosterFacts } from "./print";
import { publicPage } from "./qr";
import { eventsOf } from "./batches.service";
import { TraceReport } from "./trace-report.entity";
import { presentBatch, presentEvent, presentReport } from "./traceability.presenter";

/** Openings beyond this many times a batch's quantity suggest its codes were copied onto other goods. */
export const COPY_ALARM_FACTOR = 3;
const GMT7_MS = 7 * 3600 * 1000;

/** Who opened a page: only a keyed hash of this is kept. */
export interface Visitor {
  ip: string;
  userAgent: string;
}

export interface TraceDeps {
  ds: DataSource;
  clock: Clock;
  publicUrl: string;
  /** Keys the visitor hash, so the stored hashes cannot be reversed by trying every IPv4 address. */
  visitorKey: string;
}

/** The public side of traceability: the trace page, its opening counter and copy alarm, and problem reports. */
export class TraceService {
  constructor(private readonly deps: TraceDeps) {}

  /** The batch behind `code` with its product, stall and chain; counts this visitor's first opening of the day. */
  async trace(code: string, visitor: Visitor): Promise<PublicTrace> {
    const { ds } = this.deps;
    const batch = await ds.getRepository(Batch).findOne({ where: { code }, relations: { product: true, stall: true } });
    if (!batch) throw AppError.notFound("Batch");
    // A visitor's later openings the same day only read (no write, no commit); the first one counts in a transaction.
    const { day, hash } = this.visit(visitor);
    const [seen] = await ds.query<unknown[]>(`SELECT 1 FROM trace_scan WHERE batch_id = $1 AND day = $2 AND visitor = $3`, [
      batch.id,
      day,
      hash,
    ]);
    const opens = seen ? batch.opens : await ds.transaction((m) => this.countOpening(m, batch.id, day, hash));
    const { id: _b, productId: _p, eventCount: _n, createdAt: _c, ...shown } = presentBatch(batch, this.deps.publicUrl);
    return {
      product: { name: batch.product!.name, slug: batch.product!.slug },
      stall: { name: batch.stall!.name, slug: batch.stall!.slug, province: presentProvince(batch.stall!.province) },
      batch: shown,
      events: (await eventsOf(ds.manager, batch.id)).map((e) => {
        const { id: _id, ...shownEvent } = presentEvent(e);
        return shownEvent;
      }),
      // OCOP certificates valid on `producedOn` join here once the certificates module exists.
      certificates: [],
      scans: { opens },
    };
  }

  /** The GMT+7 day and the visitor's keyed hash for it (no raw IP or user agent is kept). */
  private visit(visitor: Visitor): { day: string; hash: string } {
    const day = new Date(this.deps.clock.now().getTime() + GMT7_MS).toISOString().slice(0, 10);
    const hash = crypto
      .createHmac("sha256", this.deps.visitorKey)
      .update(`${day}\n${visitor.ip}\n${visitor.userAgent}`)
      .digest("hex");
    return { day, hash };
  }

  /**
   * One opening per visitor and day (GMT+7): the first one today bumps the batch's counter, and the opening that
   * takes it past COPY_ALARM_FACTOR × quantity sets `copy_alarm_at` and queues the alarm — once, in one statement
   * under the row lock, so racing openings cannot send it twice. Returns the count.
   */
  private async countOpening(m: EntityManager, batchId: string, day: string, hash: string): Promise<number> {
    const inserted = await m.query<unknown[]>(
      `INSERT INTO trace_scan (batch_id, day, visitor) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
      [batchId, day, hash],
    );
    if (!inserted.length) {
      const [row] = await m.query<{ opens: number }[]>(`SELECT opens FROM trace_batch WHERE id = $1`, [batchId]);
      return row!.opens;
    }
    // An UPDATE answers [rows, affected] through TypeORM.
    const [[row]] = await m.query<[{ opens: number; alarmed: boolean }[], number]>(
      `WITH before AS (SELECT id, copy_alarm_at FROM trace_batch WHERE id = $1 FOR NO KEY UPDATE)
       UPDATE trace_batch b
          SET opens = b.opens + 1,
              copy_alarm_at = CASE WHEN b.copy_alarm_at IS NULL AND b.opens + 1 > $2 * b.quantity THEN now() ELSE b.copy_alarm_at END
         FROM before
        WHERE b.id = before.id
       RETURNING b.opens, (before.copy_alarm_at IS NULL AND b.copy_alarm_at IS NOT NULL) AS alarmed`,
      [batchId, COPY_ALARM_FACTOR],
    );
    if (row!.alarmed) await enqueueTraceNotice(m, "trace.copy_alarm", { batchId });
    return row!.opens;
  }

  /**
   * What a link preview of `/t/:code` says (the server-rendered meta): product, stall, province, lot and how many
   * events — without counting an opening, so chat apps fetching previews do not feed the copy alarm. Unknown: null.
   */
  async preview(code: string) {
    const [row] = await this.deps.ds.query<
      { product: string; stall: string; province: string; lot: string; produced_on: string; events: number; code: string }[]
    >(
      `SELECT p.name AS product, s.name AS stall, s.province, b.lot, to_char(b.produced_on, 'DD/MM/YYYY') AS produced_on,
              b.event_count AS events, b.code
         FROM trace_batch b JOIN product p ON p.id = b.product_id JOIN stall s ON s.id = b.stall_id
        WHERE b.code = $1`,
      [code],
    );
    if (!row) return null;
    return {
      productName: row.product,
      stallName: row.stall,
      province: presentProvince(row.province).name,
      lot: row.lot,
      producedOn: row.produced_on,
      eventCount: row.events,
      url: `${this.deps.publicUrl}/t/${row.code}`,
    };
  }

  /** What a stall's poster prints: an approved stall's name, owner, province and best OCOP rating; else 404. */
  async posterFacts(slug: string): Promise<PosterFacts> {
    const [row] = await this.deps.ds.query<
      { name: string; slug: string; province: string; producer: string; stars: number | null; year: number | null }[]
    >(
      `SELECT s.name, s.slug, s.province, u.full_name AS producer, o.ocop_stars AS stars, o.ocop_year AS year
         FROM stall s JOIN app_user u ON u.id = s.owner_id
         LEFT JOIN LATERAL (
           SELECT p.ocop_stars, p.ocop_year FROM product p
            WHERE p.stall_id = s.id AND p.ocop_stars IS NOT NULL AND ${PUBLIC_PRODUCT}
            ORDER BY p.ocop_stars DESC, p.ocop_year DESC NULLS LAST LIMIT 1) o ON true
        WHERE s.slug = $1 AND s.status = 'approved'`,
      [slug],
    );
    if (!row) throw AppError.notFound("Stall");
    // OCOP validity comes with the certificates module; until then the stars and the year recognised are printed.
    return {
      stallName: row.name,
      producer: row.producer,
      province: presentProvince(row.province).name,
      ocop: row.stars ? { stars: row.stars, year: row.year } : null,
      url: publicPage.stall(this.deps.publicUrl, row.slug),
      manualCode: row.slug,
      printedAt: this.deps.clock.now(),
    };
  }

  /** Files a shopper's problem report about the batch behind `code` into the admins' inbox. */
  async report(code: string, input: CreateTraceReportRequest): Promise<{ id: string }> {
    const repo = this.deps.ds.getRepository(Batch);
    const batch = await repo.findOne({ where: { code }, select: { id: true } });
    if (!batch) throw AppError.notFound("Batch");
    const reports = this.deps.ds.getRepository(TraceReport);
    const report = reports.create({ batchId: batch.id, message: input.message, contact: input.contact || null });
    await reports.insert(report);
    return { id: report.id };
  }

  /** The admins' inbox of problem reports, newest first. */
  async listReports({ page, limit }: { page: number; limit: number }) {
    const [rows, total] = await this.deps.ds.getRepository(TraceReport).findAndCount({
      relations: { batch: { product: true, stall: true } },
      order: { createdAt: "DESC", id: "DESC" },
      skip: (page - 1) * limit,
      take: limit,
    });
    return { items: rows.map((r) => presentReport(r as Parameters<typeof presentReport>[0])), total };
  }
}
