import crypto from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import {
  TRACE_CODE_ALPHABET,
  TRACE_CODE_LENGTH,
  type Batch as BatchDto,
  type CreateBatchRequest,
  type CreateTraceEventRequest,
  type TraceEvent as TraceEventDto,
} from "@chophien/contracts";
import { isUniqueViolation } from "../../db/errors";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import type { ImageProcessor } from "../../lib/images/image-processor";
import { storeImage } from "../../lib/images/image-store";
import type { FileStorage } from "../../lib/storage/storage";
import { Product } from "../catalog/product.entity";
import type { ActingStall } from "../helpers/acting-stall";
import type { Stall } from "../stalls/stall.entity";
import { Batch } from "./batch.entity";
import { eventHash, GENESIS } from "./chain";
import { TraceEvent } from "./trace-event.entity";
import { TraceReport } from "./trace-report.entity";
import type { LabelFacts } from "./print";
import { chainedContent, presentBatch, presentEvent, presentReport, traceUrl } from "./traceability.presenter";

/** A phone's clock may run a little ahead of ours; beyond this an `occurredAt` is "in the future". */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** A fresh public code: each character drawn on its own from the CSPRNG (50 bits), never derived from anything. */
export function newTraceCode(): string {
  let code = "";
  for (let i = 0; i < TRACE_CODE_LENGTH; i++) code += TRACE_CODE_ALPHABET[crypto.randomInt(TRACE_CODE_ALPHABET.length)];
  return code;
}

const constraintOf = (err: unknown) => (err as { driverError?: { constraint?: string } }).driverError?.constraint;

export interface BatchesDeps {
  ds: DataSource;
  clock: Clock;
  publicUrl: string;
  images: { processor: ImageProcessor; storage: FileStorage };
}

/** A seller's batches of their products and each batch's append-only, hash-chained events. Other stalls' ids are 404. */
export class BatchesService {
  constructor(private readonly deps: BatchesDeps) {}

  /**
   * Records a lot of one of the acting stall's products with a fresh public code; a lot already used for the
   * product is 409. A helper's write leaves its `stall_audit` row in the same transaction.
   */
  async create(ctx: ActingStall, productId: string, input: CreateBatchRequest): Promise<BatchDto> {
    const { ds } = this.deps;
    const { stall } = ctx;
    if (!(await ds.getRepository(Product).exists({ where: { id: productId, stallId: stall.id } })))
      throw AppError.notFound("Product");
    for (let attempt = 0; ; attempt++) {
      try {
        const batch = ds.getRepository(Batch).create({
          productId,
          stallId: stall.id,
          code: newTraceCode(),
          lot: input.lot,
          producedOn: input.producedOn,
          bestBefore: input.bestBefore ?? null,
          quantity: input.quantity,
          unit: input.unit,
          inputs: (input.inputs ?? []).map((i) => ({
            name: i.name,
            supplier: i.supplier || null,
            lot: i.lot || null,
            appliedOn: i.appliedOn ?? null,
          })),
          note: input.note || null,
        });
        return await ds.transaction(async (m) => {
          await m.insert(Batch, batch);
          const saved = await m.findOneByOrFail(Batch, { id: batch.id });
          await ctx.audit(m, {
            targetId: saved.id,
            before: null,
            after: { productId, lot: saved.lot, code: saved.code, quantity: saved.quantity, unit: saved.unit },
          });
          return presentBatch(saved, this.deps.publicUrl);
        });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        if (constraintOf(err) === "UQ_trace_batch_product_lot")
          throw AppError.conflict("This product already has a batch with that lot", [{ path: "body.lot", message: "Taken" }]);
        // A code clash (one in 2^50 per pair): draw again.
        if (attempt >= 3) throw err;
      }
    }
  }

  /** `stall`'s batches of one of its products, newest first. */
  async list(stall: Stall, productId: string, { page, limit }: { page: number; limit: number }) {
    const { ds, publicUrl } = this.deps;
    if (!(await ds.getRepository(Product).exists({ where: { id: productId, stallId: stall.id } })))
      throw AppError.notFound("Product");
    const [rows, total] = await ds.getRepository(Batch).findAndCount({
      where: { productId, stallId: stall.id },
      order: { createdAt: "DESC", id: "DESC" },
      skip: (page - 1) * limit,
      take: limit,
    });
    return { items: rows.map((b) => presentBatch(b, publicUrl)), total };
  }

  /** One of `stall`'s batches with its events in chain order. */
  async get(stall: Stall, batchId: string): Promise<{ batch: BatchDto; events: TraceEventDto[] }> {
    const m = this.deps.ds.manager;
    const batch = await this.own(m, stall, batchId);
    return { batch: presentBatch(batch, this.deps.publicUrl), events: (await eventsOf(m, batch.id)).map(presentEvent) };
  }

  /**
   * Appends an event to the chain. The batch row is locked first, so appends racing on one batch queue up and each
   * links to the one before it (seq and prevHash are read under the lock).
   */
  async append(ctx: ActingStall, batchId: string, input: CreateTraceEventRequest, photo?: Buffer): Promise<TraceEventDto> {
    const { ds, clock, images } = this.deps;
    const { stall } = ctx;
    const occurredAt = new Date(input.occurredAt);
    const now = clock.now();
    if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
      throw AppError.badRequest("An event cannot happen in the future", [{ path: "body.occurredAt", message: "In the future" }]);
    // Checked before the image work, so nobody makes us decode images for batches they do not own.
    await this.own(ds.manager, stall, batchId);
    const ref = photo ? await storeImage(images.processor, images.storage, photo) : null;
    return ds.transaction(async (m) => {
      const batch = await this.own(m, stall, batchId, true);
      const last = await m.findOne(TraceEvent, { where: { batchId, seq: batch.eventCount }, select: { hash: true } });
      const prevHash = batch.eventCount === 0 ? GENESIS : last!.hash;
      const event = m.create(TraceEvent, {
        batchId,
        seq: batch.eventCount + 1,
        type: input.type,
        occurredAt,
        recordedAt: now,
        place: input.place || null,
        note: input.note,
        photo: ref,
        prevHash,
      });
      event.hash = eventHash(prevHash, chainedContent(event, batch.code));
      await m.insert(TraceEvent, event);
      await m.update(Batch, { id: batchId }, { eventCount: event.seq });
      await ctx.audit(m, {
        targetId: batchId,
        before: null,
        after: { event: event.id, seq: event.seq, type: event.type, hash: event.hash },
      });
      return presentEvent(await m.findOneByOrFail(TraceEvent, { id: event.id }));
    });
  }

  /**
   * Shoppers' problem reports about one of `stall`'s batches, newest first. The reporter's contact is left out:
   * it was given to the market's team, who answer it; the seller sees what was reported.
   */
  async reports(stall: Stall, batchId: string, { page, limit }: { page: number; limit: number }) {
    const m = this.deps.ds.manager;
    const batch = await this.own(m, stall, batchId);
    const [rows, total] = await m.findAndCount(TraceReport, {
      where: { batchId: batch.id },
      order: { createdAt: "DESC", id: "DESC" },
      skip: (page - 1) * limit,
      take: limit,
    });
    const product = await m.findOneOrFail(Product, { where: { id: batch.productId }, select: { id: true, name: true } });
    const items = rows.map((r) => ({
      ...presentReport({ ...r, batch: Object.assign(batch, { product, stall }) }),
      contact: null,
    }));
    return { items, total };
  }

  /** What the labels of one of `stall`'s batches print. */
  async labelFacts(stall: Stall, batchId: string): Promise<{ facts: LabelFacts; quantity: number }> {
    const m = this.deps.ds.manager;
    const batch = await this.own(m, stall, batchId);
    const product = await m.findOneOrFail(Product, { where: { id: batch.productId }, select: { id: true, name: true } });
    const facts = {
      productName: product.name,
      stallName: stall.name,
      lot: batch.lot,
      code: batch.code,
      producedOn: batch.producedOn,
      bestBefore: batch.bestBefore,
      traceUrl: traceUrl(this.deps.publicUrl, batch.code),
    };
    return { facts, quantity: batch.quantity };
  }

  /** The batch if it is `stall`'s, else 404; `lock` takes its row (NO KEY UPDATE: reports and events can still reference it). */
  async own(m: EntityManager, stall: Stall, batchId: string, lock = false): Promise<Batch> {
    if (lock) {
      const rows = await m.query<unknown[]>(`SELECT id FROM trace_batch WHERE id = $1 AND stall_id = $2 FOR NO KEY UPDATE`, [
        batchId,
        stall.id,
      ]);
      if (!rows.length) throw AppError.notFound("Batch");
    }
    const batch = await m.findOne(Batch, { where: { id: batchId, stallId: stall.id } });
    if (!batch) throw AppError.notFound("Batch");
    return batch;
  }
}

/** A batch's events in chain order. */
export const eventsOf = (m: EntityManager, batchId: string) => m.find(TraceEvent, { where: { batchId }, order: { seq: "ASC" } });
