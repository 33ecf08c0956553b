import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { Jobs } from "../../lib/jobs/jobs";
import { updateReturning } from "../../db/sql";
import { DIGEST_TOPIC } from "./helper-notices";

/** The pg-boss queue of the weekly digest; scheduled Mondays 08:00 GMT+7. */
export const DIGEST_QUEUE = "helpers.weekly_digest";
export const DIGEST_CRON = "0 8 * * 1";

const DAY = 86_400_000;
const VN_OFFSET = 7 * 3_600_000;

/** The week before the one `now` is in: Monday 00:00 to Monday 00:00, GMT+7. */
export function lastWeek(now: Date): { from: Date; to: Date; weekStart: string } {
  const local = new Date(now.getTime() + VN_OFFSET);
  const sinceMonday = (local.getUTCDay() + 6) % 7;
  const mondayLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - sinceMonday * DAY;
  const to = new Date(mondayLocal - VN_OFFSET);
  const from = new Date(to.getTime() - 7 * DAY);
  return { from, to, weekStart: new Date(mondayLocal - 7 * DAY).toISOString().slice(0, 10) };
}

/**
 * Queues last week's digest for every stall a helper acted for: a `stall_digest` row per stall and week (its
 * primary key makes a second run, a retried job or a second process add nothing) and, in the same statement, the
 * outbox message that mails and texts the owner after commit. Returns how many digests were queued.
 */
export async function queueWeeklyDigests(ds: DataSource, now: Date): Promise<number> {
  const { from, to, weekStart } = lastWeek(now);
  return ds.transaction(async (m) => {
    const rows = await updateReturning<{ id: string }>(
      m,
      `WITH week AS (
         SELECT stall_id, count(*)::int AS n FROM stall_audit WHERE at >= $1 AND at < $2 GROUP BY stall_id),
       fresh AS (
         INSERT INTO stall_digest (stall_id, week_start, actions) SELECT stall_id, $3::date, n FROM week
         ON CONFLICT DO NOTHING RETURNING stall_id)
       INSERT INTO outbox (topic, payload)
       SELECT $4, jsonb_build_object('stallId', stall_id, 'from', $1::timestamptz, 'to', $2::timestamptz) FROM fresh
       RETURNING id`,
      [from, to, weekStart, DIGEST_TOPIC],
    );
    return rows.length;
  });
}

/** The weekly digest on pg-boss: one scheduled job per week for all processes, and at most one digest per stall anyway. */
export async function startHelperJobs(jobs: Jobs, ds: DataSource, log?: Logger): Promise<void> {
  await jobs.work(
    DIGEST_QUEUE,
    async () => {
      const n = await queueWeeklyDigests(ds, new Date());
      if (n) log?.info({ digests: n }, "weekly helper digests queued");
    },
    { policy: "singleton", retryLimit: 3, expireInSeconds: 600 },
  );
  await jobs.schedule(DIGEST_QUEUE, DIGEST_CRON);
}
