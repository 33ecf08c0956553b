import type {
  Batch as BatchDto,
  TraceEvent as TraceEventDto,
  TraceEventType,
  TraceReport as TraceReportDto,
} from "@chophien/contracts";
import { presentImage } from "../../lib/images/present";
import type { Batch } from "./batch.entity";
import type { ChainedEvent } from "./chain";
import type { TraceEvent } from "./trace-event.entity";
import type { TraceReport } from "./trace-report.entity";

/** The absolute URL a batch's QR code holds. */
export const traceUrl = (publicUrl: string, code: string) => `${publicUrl}/t/${code}`;

/** A batch as its seller and the public trace page see it. */
export function presentBatch(b: Batch, publicUrl: string): BatchDto {
  return {
    id: b.id,
    productId: b.productId,
    code: b.code,
    traceUrl: traceUrl(publicUrl, b.code),
    lot: b.lot,
    producedOn: b.producedOn,
    bestBefore: b.bestBefore,
    quantity: b.quantity,
    unit: b.unit,
    inputs: b.inputs.map((i) => ({ name: i.name, supplier: i.supplier, lot: i.lot, appliedOn: i.appliedOn })),
    note: b.note,
    eventCount: b.eventCount,
    createdAt: b.createdAt.toISOString(),
  };
}

/** The content of an event that its hash covers. */
export function chainedContent(e: TraceEvent, batchCode: string): ChainedEvent {
  return {
    batch: batchCode,
    seq: e.seq,
    type: e.type,
    occurredAt: e.occurredAt.toISOString(),
    recordedAt: e.recordedAt.toISOString(),
    place: e.place,
    note: e.note,
    photo: e.photo?.hash ?? null,
  };
}

/** An event with its place in the chain. */
export function presentEvent(e: TraceEvent): TraceEventDto {
  return {
    id: e.id,
    seq: e.seq,
    type: e.type as TraceEventType,
    occurredAt: e.occurredAt.toISOString(),
    recordedAt: e.recordedAt.toISOString(),
    place: e.place,
    note: e.note,
    photo: e.photo ? presentImage(e.photo) : null,
    photoHash: e.photo?.hash ?? null,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}

/** A report in the admins' inbox. */
export function presentReport(
  r: TraceReport & { batch: Batch & { product: { name: string }; stall: { name: string } } },
): TraceReportDto {
  return {
    id: r.id,
    code: r.batch.code,
    lot: r.batch.lot,
    productName: r.batch.product.name,
    stallName: r.batch.stall.name,
    message: r.message,
    contact: r.contact,
    createdAt: r.createdAt.toISOString(),
  };
}
