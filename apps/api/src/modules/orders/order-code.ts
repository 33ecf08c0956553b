import crypto from "node:crypto";

/** Crockford's base32 without I, L, O, U: nothing to misread or mishear over the phone. 32 symbols, 5 bits each. */
export const ORDER_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** Random characters per code, read out in two groups of four: 8 × 5 = 40 random bits. */
export const ORDER_CODE_RANDOM_CHARS = 8;

/**
 * A human order code `CP-YYYYMMDD-XXXX-XXXX`, the date in GMT+7 and 40 random bits after it, so a code cannot
 * be guessed from another one (codes will also open a guest's order). Older codes (`CP-YYYYMMDD-XXXX`) stay
 * valid: lookups compare the whole code. The unique index `UQ_order_code` catches a clash; checkout retries.
 */
export function newOrderCode(now: Date): string {
  const vn = new Date(now.getTime() + 7 * 3600 * 1000);
  const date = vn.toISOString().slice(0, 10).replace(/-/g, "");
  // 256 is a multiple of 32, so `b % 32` is uniform: every byte gives exactly 5 unbiased bits.
  const random = Array.from(crypto.randomBytes(ORDER_CODE_RANDOM_CHARS), (b) => ORDER_CODE_ALPHABET[b % 32]).join("");
  return `CP-${date}-${random.slice(0, 4)}-${random.slice(4)}`;
}

/** True for the unique violation of the order code (a clash of random codes: try another). */
export function isOrderCodeClash(err: unknown): boolean {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } } | null;
  return (e?.code ?? e?.driverError?.code) === "23505" && (e?.constraint ?? e?.driverError?.constraint) === "UQ_order_code";
}

/** Runs a transaction that writes order codes again (at most three more times) when a random code clashed. */
export async function retryOnCodeClash<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      // The whole transaction rolled back: try again with new codes.
      if (!isOrderCodeClash(err) || attempt >= 3) throw err;
    }
  }
}
