import { TRACE_GENESIS_HASH, type PublicTrace } from "@chophien/contracts";

/** What the page can say about the chain after recomputing it on this device. */
export type ChainState =
  | { kind: "checking" }
  | { kind: "intact"; count: number; last: string | null }
  | { kind: "broken"; seq: number }
  /** No Web Crypto here (an insecure http:// page): the hashes are shown, but not rechecked. */
  | { kind: "unavailable" };

/** Canonical JSON as docs/traceability.md defines it: keys sorted, no whitespace, JSON.stringify's escaping. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
    .join(",")}}`;
}

async function sha256Hex(text: string, subtle: SubtleCrypto): Promise<string> {
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Recomputes every link of a batch's chain in the browser, independently of the server's say-so: each event's
 * hash must be SHA-256(previous hash + its canonical JSON), its prevHash the previous hash, its seq the next.
 */
export async function verifyChain(
  trace: Pick<PublicTrace, "batch" | "events">,
  subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle,
): Promise<ChainState> {
  if (!subtle) return { kind: "unavailable" };
  let prev = TRACE_GENESIS_HASH;
  for (const [i, e] of trace.events.entries()) {
    const content = {
      batch: trace.batch.code,
      seq: e.seq,
      type: e.type,
      occurredAt: e.occurredAt,
      recordedAt: e.recordedAt,
      place: e.place,
      note: e.note,
      photo: e.photoHash,
    };
    if (e.seq !== i + 1 || e.prevHash !== prev || (await sha256Hex(prev + canonicalJson(content), subtle)) !== e.hash)
      return { kind: "broken", seq: e.seq };
    prev = e.hash;
  }
  return { kind: "intact", count: trace.events.length, last: trace.events.at(-1)?.hash ?? null };
}
