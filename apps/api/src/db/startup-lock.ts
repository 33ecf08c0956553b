import { Client } from "pg";
import type { Logger } from "pino";

/** The advisory lock key every API process takes for its startup work (an arbitrary constant). */
export const STARTUP_LOCK_KEY = 731_001;

/**
 * Runs `work` while holding a session-level advisory lock on a connection of its own, so that of any number of
 * processes starting at once against one database, one at a time migrates, sets up the job queue, ensures the
 * admin and seeds; the others wait, then find the work done and go on. The lock goes with the connection, so a
 * process killed mid-way frees it. The queries carry no parameters (simple protocol), which the embedded
 * database's socket takes too; there every connection shares one session and the lock never blocks, which is
 * right since `DATA_DIR`'s lock file already keeps a second process out.
 */
export async function withStartupLock<T>(url: string, log: Logger, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: "chophien-startup" });
  // A lost connection is reported by the next query; an unheard 'error' event would crash the process.
  client.on("error", (err) => log.warn({ err }, "startup lock connection lost"));
  await client.connect();
  try {
    const started = performance.now();
    await client.query(`SET statement_timeout = 0`);
    await client.query(`SELECT pg_advisory_lock(${STARTUP_LOCK_KEY})`);
    const waitedMs = Math.round(performance.now() - started);
    if (waitedMs > 100) log.info({ waitedMs }, "startup lock acquired after waiting for another process");
    try {
      return await work();
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${STARTUP_LOCK_KEY})`).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}
