import crypto from "node:crypto";
import { TRACE_GENESIS_HASH } from "@chophien/contracts";

/** A JSON value of the kinds the chain hashes (no floats: numbers are integers). */
export type Canonical = string | number | boolean | null | Canonical[] | { [key: string]: Canonical };

/**
 * Canonical JSON: object keys sorted by UTF-16 code units (JavaScript's default sort), no whitespace anywhere,
 * strings escaped exactly as JSON.stringify does (the RFC 8785 rules for the values we use: strings, integers,
 * null). Text is NFC-normalised before it is stored, so the same words always give the same bytes.
 */
export function canonicalJson(value: Canonical): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isSafeInteger(value)) throw new Error("canonical JSON takes integers only");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k]!)}`).join(",")}}`;
}

/** What of an event is hashed: everything a reader sees, plus the batch code and position so it cannot move. */
export interface ChainedEvent {
  batch: string;
  seq: number;
  type: string;
  /** ISO 8601 in UTC with milliseconds (`Date#toISOString`). */
  occurredAt: string;
  recordedAt: string;
  place: string | null;
  note: string;
  /** Hex SHA-256 of the photo's uploaded bytes, or null. */
  photo: string | null;
}

/** `hash` = hex SHA-256 of the UTF-8 bytes of `prevHash` (64 hex characters) followed by the event's canonical JSON. */
export function eventHash(prevHash: string, event: ChainedEvent): string {
  return crypto
    .createHash("sha256")
    .update(prevHash + canonicalJson({ ...event }))
    .digest("hex");
}

/** The first event's `prevHash`. */
export const GENESIS = TRACE_GENESIS_HASH;

/** Index of the first event whose links or hash do not add up, or -1 when the whole chain holds. */
export function firstBrokenLink(events: (ChainedEvent & { prevHash: string; hash: string })[]): number {
  let prev = GENESIS;
  for (const [i, e] of events.entries()) {
    const { prevHash, hash, ...content } = e;
    if (prevHash !== prev || e.seq !== i + 1 || eventHash(prevHash, content) !== hash) return i;
    prev = hash;
  }
  return -1;
}
