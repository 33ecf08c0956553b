import type { Logger } from "pino";
import type { Jobs } from "../../lib/jobs/jobs";
import type { DemandsService } from "./demands.service";

export const DEMAND_EXPIRY_QUEUE = "demands.expire";

/** The sweep's handler: open demands past `respondBy` become expired (a guarded UPDATE: each exactly once). */
export const demandExpiryHandler = (demands: DemandsService, log: Logger) => async (): Promise<number> => {
  const expired = await demands.expireDue();
  if (expired) log.info({ expired }, "demands expired at their deadline");
  return expired;
};

/**
 * Every minute, one job for all API processes (singleton queue, throttled sends): demands past their deadline for
 * offers expire. However many processes sweep, the guarded UPDATE moves each demand once.
 */
export async function startDemandJobs(jobs: Jobs, demands: DemandsService, log: Logger): Promise<void> {
  const sweep = demandExpiryHandler(demands, log);
  await jobs.work(DEMAND_EXPIRY_QUEUE, async () => void (await sweep()), {
    policy: "singleton",
    retryLimit: 3,
    expireInSeconds: 300,
  });
  jobs.every(DEMAND_EXPIRY_QUEUE, 60);
}
