import type { Logger } from "pino";
import type { Jobs } from "../../lib/jobs/jobs";
import type { OcopService } from "./ocop.service";

export const OCOP_DAILY_QUEUE = "ocop.daily";

/**
 * Every day at 00:05 (GMT+7), one job for all API processes: expiries are recorded (the catalogue also sweeps them
 * before reading, so no star waits for this) and the 90- and 30-day reminders are queued, each once (guarded UPDATE).
 */
export async function startOcopJobs(jobs: Jobs, ocop: OcopService, log: Logger): Promise<void> {
  await jobs.work(
    OCOP_DAILY_QUEUE,
    async () => {
      const expired = await ocop.expireDue();
      const reminded = await ocop.sendReminders();
      if (expired || reminded) log.info({ expired, reminded }, "OCOP certificates: expiries recorded, reminders queued");
    },
    { policy: "singleton", retryLimit: 3, expireInSeconds: 600 },
  );
  await jobs.schedule(OCOP_DAILY_QUEUE, "5 0 * * *");
}
