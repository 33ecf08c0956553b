import type { Logger } from "pino";
import type { Jobs } from "../../lib/jobs/jobs";
import type { LiveDrafts } from "./live-drafts.service";
import type { LiveService } from "./live.service";

export const LIVE_SWEEP_QUEUE = "live.sweep";

/**
 * Every 15 s, one job for all API processes: sessions past their `endsAt` end (their unsold units go back) and
 * drafts unconfirmed after 30 minutes give their units back. Both move rows with guarded UPDATEs, so however many
 * processes sweep, each session ends and each draft expires exactly once.
 */
export async function startLiveJobs(jobs: Jobs, live: LiveService, drafts: LiveDrafts, log: Logger): Promise<void> {
  await jobs.work(
    LIVE_SWEEP_QUEUE,
    async () => {
      const ended = await live.endDue();
      const expired = await drafts.expireDue();
      if (ended || expired) log.info({ ended, expired }, "live sessions ended at their time, drafts expired");
    },
    { policy: "singleton", retryLimit: 3, expireInSeconds: 300 },
  );
  jobs.every(LIVE_SWEEP_QUEUE, 15);
}
