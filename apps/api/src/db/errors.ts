/** True for PostgreSQL's unique_violation (23505), however the driver wrapped it. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } } | null;
  return e?.code === "23505" || e?.driverError?.code === "23505";
}

/** Network errors of a connection that could not be made or was lost. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "ENOTFOUND",
]);

/**
 * SQLSTATEs meaning "the database cannot serve you now", not "your query is wrong": class 08 (connection
 * exception), 57P01–57P03 (shutting down, crashed, starting up), 57014 (cancelled: the statement timeout),
 * 53300 (too many connections).
 */
const UNAVAILABLE_STATES = new Set(["57P01", "57P02", "57P03", "57014", "53300"]);

/** What `pg` and `pg-pool` say when a connection is lost or none could be had in time (they set no code). */
const UNAVAILABLE_MESSAGE =
  /^(timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error|Client was closed)/;

/**
 * True when `err` (or what TypeORM or an AggregateError wraps) says PostgreSQL is unreachable, restarting or
 * overloaded: a request failing so should be retried later (503), not reported as a bug (500).
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 3) return false;
  const e = err as { code?: unknown; message?: unknown; driverError?: unknown; errors?: unknown; cause?: unknown };
  if (typeof e.code === "string" && (NETWORK_CODES.has(e.code) || UNAVAILABLE_STATES.has(e.code) || e.code.startsWith("08")))
    return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  const inner: unknown[] = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? (e.errors as unknown[]) : [])];
  return inner.some((x) => isDatabaseUnavailable(x, depth + 1));
}
