import { createHmac, timingSafeEqual } from "node:crypto";

/** Params that carry the signature itself and are therefore never part of the signed data. */
const HASH_PARAMS: ReadonlySet<string> = new Set(["vnp_SecureHash", "vnp_SecureHashType"]);

/** HMAC-SHA512 of the UTF-8 bytes of `data`, keyed with the hash secret, as lowercase hex. */
export function hmacSha512(secret: string, data: string): string {
  return createHmac("sha512", secret).update(data, "utf8").digest("hex");
}

/** True for params that take part in the query-string signature (`vnp_*` minus the hash fields). */
export function isSignedParam(key: string): boolean {
  return key.startsWith("vnp_") && !HASH_PARAMS.has(key);
}

// Plain code-unit order, i.e. ASCII order for VNPay's ASCII keys; spelled out so no locale-aware compare sneaks in.
const compareAscii = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The exact string VNPay signs for pay, return and IPN URLs: `vnp_*` params except the hash fields,
 * empty values dropped, keys sorted ASCII-ascending, form-encoded (space → `+`, UTF-8 percent-encoding).
 */
export function buildSignData(params: Readonly<Record<string, string | undefined>>): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(params).filter(isSignedParam).sort(compareAscii)) {
    const value = params[key];
    if (value !== undefined && value !== "") search.append(key, value);
  }
  return search.toString();
}

/** A signed query: the canonical sign data, its hash, and the query string to send (data + `&vnp_SecureHash=`). */
export interface SignedQuery {
  signData: string;
  secureHash: string;
  query: string;
}

/** Signs `vnp_*` params for a URL; the query sent is byte-for-byte the signed string plus the hash. */
export function signParams(params: Readonly<Record<string, string | undefined>>, secret: string): SignedQuery {
  const signData = buildSignData(params);
  const secureHash = hmacSha512(secret, signData);
  return { signData, secureHash, query: `${signData}&vnp_SecureHash=${secureHash}` };
}

/** Constant-time, case-insensitive comparison of two hex digests. */
export function safeEqualHex(expected: string, received: string): boolean {
  const a = Buffer.from(expected.toLowerCase(), "utf8");
  const b = Buffer.from(received.toLowerCase(), "utf8");
  // timingSafeEqual throws on unequal lengths; the length of a digest is not a secret.
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Checks `vnp_SecureHash` over the other params; false when it is missing or wrong. */
export function verifyParams(params: Readonly<Record<string, string | undefined>>, secret: string): boolean {
  const received = params["vnp_SecureHash"];
  if (received === undefined || received === "") return false;
  return safeEqualHex(hmacSha512(secret, buildSignData(params)), received);
}
