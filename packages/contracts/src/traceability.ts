import { z } from "zod";
import { page } from "./common";
import { Image } from "./media";
import { PageQuery } from "./stalls";

/** What happened to a batch, after EPCIS's business steps (what / when / where / why). */
export const TRACE_EVENT_TYPES = ["input", "planting", "harvest", "processing", "packing", "inspection", "shipping"] as const;
export const TraceEventType = z.enum(TRACE_EVENT_TYPES).meta({ id: "TraceEventType" });
export type TraceEventType = z.infer<typeof TraceEventType>;

/**
 * A batch's public code: 10 characters of Crockford's base32 (no I, L, O, U), 50 random bits, drawn on its own
 * (never derived from another code). Read case-insensitively.
 */
export const TRACE_CODE_LENGTH = 10;
export const TRACE_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const TraceCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-HJKMNP-TV-Z]{10}$/, "Not a trace code")
  .meta({ example: "7KQ2M9XD4T" });

/** The `prevHash` of a batch's first event (64 zeros). */
export const TRACE_GENESIS_HASH = "0".repeat(64);

/** Text fields are stored NFC-normalised, so the same words always hash the same. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => s.normalize("NFC"));
const day = z.iso.date();

/** A farm input (fertiliser, spray, seed…) that went into the batch. */
export const TraceInput = z
  .object({
    name: text(120).pipe(z.string().min(1)),
    supplier: text(120).optional(),
    lot: text(64).optional(),
    appliedOn: day.optional(),
  })
  .strict()
  .meta({ id: "TraceInput" });
export type TraceInput = z.infer<typeof TraceInput>;

export const CreateBatchRequest = z
  .object({
    lot: text(64).pipe(z.string().min(1)),
    producedOn: day,
    bestBefore: day.optional(),
    quantity: z.number().int().min(1).max(10_000_000),
    unit: text(32).pipe(z.string().min(1)),
    inputs: z.array(TraceInput).max(50).optional(),
    note: text(2000).optional(),
  })
  .strict()
  .refine((b) => !b.bestBefore || b.bestBefore >= b.producedOn, { path: ["bestBefore"], message: "Before the production date" })
  .meta({ id: "CreateBatchRequest" });
export type CreateBatchRequest = z.infer<typeof CreateBatchRequest>;

export const Batch = z
  .object({
    id: z.uuid(),
    productId: z.uuid(),
    code: z.string(),
    /** Absolute URL of the public trace page (`PUBLIC_URL/t/:code`), what the QR code holds. */
    traceUrl: z.url(),
    lot: z.string(),
    producedOn: day,
    bestBefore: day.nullable(),
    quantity: z.number().int(),
    unit: z.string(),
    inputs: z.array(
      z.object({ name: z.string(), supplier: z.string().nullable(), lot: z.string().nullable(), appliedOn: day.nullable() }),
    ),
    note: z.string().nullable(),
    eventCount: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Batch" });
export type Batch = z.infer<typeof Batch>;
export const BatchResponse = z.object({ batch: Batch }).meta({ id: "BatchResponse" });
export const BatchList = page(Batch).meta({ id: "BatchList" });
export const BatchListQuery = z.object({ ...PageQuery }).strict();

/**
 * An event as sent: as JSON, or as multipart/form-data with the same fields plus an optional `photo` file
 * (so every field is a string).
 */
export const CreateTraceEventRequest = z
  .object({
    type: TraceEventType,
    /** When it happened (ISO 8601 with offset); not in the future. */
    occurredAt: z.iso.datetime({ offset: true }),
    place: text(200).optional(),
    note: text(2000).pipe(z.string().min(1)),
  })
  .strict()
  .meta({ id: "CreateTraceEventRequest" });
export type CreateTraceEventRequest = z.infer<typeof CreateTraceEventRequest>;

export const TraceEvent = z
  .object({
    id: z.uuid(),
    /** 1, 2, 3 … in the batch's chain. */
    seq: z.number().int(),
    type: TraceEventType,
    occurredAt: z.iso.datetime(),
    /** When the market recorded it (part of the hashed content). */
    recordedAt: z.iso.datetime(),
    place: z.string().nullable(),
    note: z.string(),
    photo: Image.nullable(),
    /** Hex SHA-256 of the photo's uploaded bytes (what the chain hashes), or null. */
    photoHash: z.string().nullable(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: "TraceEvent" });
export type TraceEvent = z.infer<typeof TraceEvent>;
export const TraceEventResponse = z.object({ event: TraceEvent }).meta({ id: "TraceEventResponse" });
export const BatchDetailResponse = z.object({ batch: Batch, events: z.array(TraceEvent) }).meta({ id: "BatchDetailResponse" });

/** What a phone camera opens: the batch's story, proof it was not edited, and how often it was opened. */
export const PublicTrace = z
  .object({
    product: z.object({ name: z.string(), slug: z.string() }),
    stall: z.object({ name: z.string(), slug: z.string(), province: z.object({ slug: z.string(), name: z.string() }) }),
    batch: Batch.omit({ id: true, productId: true, eventCount: true, createdAt: true }),
    events: z.array(TraceEvent.omit({ id: true })),
    /** Verified OCOP certificates valid on the production date (empty until certificates exist). */
    certificates: z.array(z.object({ number: z.string(), stars: z.number().int(), validUntil: day.nullable() })),
    /** Openings of this page, one per visitor and day. */
    scans: z.object({ opens: z.number().int() }),
  })
  .meta({ id: "PublicTrace" });
export type PublicTrace = z.infer<typeof PublicTrace>;

/** A shopper's "báo cáo vấn đề" about a batch. */
export const CreateTraceReportRequest = z
  .object({
    message: text(2000).pipe(z.string().min(5)),
    /** Optional phone or email to be answered at. */
    contact: text(120).optional(),
  })
  .strict()
  .meta({ id: "CreateTraceReportRequest" });
export type CreateTraceReportRequest = z.infer<typeof CreateTraceReportRequest>;

export const TraceReport = z
  .object({
    id: z.uuid(),
    code: z.string(),
    lot: z.string(),
    productName: z.string(),
    stallName: z.string(),
    message: z.string(),
    contact: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "TraceReport" });
export type TraceReport = z.infer<typeof TraceReport>;
export const TraceReportCreated = z.object({ report: z.object({ id: z.uuid() }) }).meta({ id: "TraceReportCreated" });
export const TraceReportList = page(TraceReport).meta({ id: "TraceReportList" });
export const TraceReportQuery = z.object({ ...PageQuery }).strict();
