import type { Logger } from "pino";
import type { Jobs } from "../../lib/jobs/jobs";
import type { PaymentsService } from "./payments.service";

export const EXPIRE_QUEUE = "payments.expire";
export const REFUND_QUEUE = "payments.refunds";

/**
 * Every minute, shared by all API processes: pending payments past their 15 minutes are reconciled with
 * querydr and expired (stock returns); refunds the gateway has not accepted yet are sent again.
 */
export async function startPaymentJobs(jobs: Jobs, payments: PaymentsService, log: Logger): Promise<void> {
  const quiet = { policy: "short" as const, retryLimit: 0, expireInSeconds: 300 };
  await jobs.work(
    EXPIRE_QUEUE,
    async () => {
      const n = await payments.expireOverdue();
      if (n) log.info({ expiredOrSettled: n }, "overdue payments reconciled");
    },
    quiet,
  );
  await jobs.work(REFUND_QUEUE, () => payments.flushRefunds(), quiet);
  jobs.every(EXPIRE_QUEUE, 60);
  jobs.every(REFUND_QUEUE, 60);
}
