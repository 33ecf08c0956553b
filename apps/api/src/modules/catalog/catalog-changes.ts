import { Client } from "pg";
import type { Logger } from "pino";
import type { EntityManager } from "typeorm";

/** The PostgreSQL channel on which a change to what shoppers may see is announced. */
export const CATALOG_CHANNEL = "catalog_changed";

/**
 * Announces, inside the caller's transaction, that public catalog answers are stale (a seller's edit, a product
 * hidden, a stall suspended): PostgreSQL delivers it on commit to every API process listening, whose caches then
 * forget. (Checkout's stock changes do not announce: cards say only "in stock", and checkout reads the database.)
 */
export async function announceCatalogChange(m: EntityManager): Promise<void> {
  await m.query(`NOTIFY ${CATALOG_CHANNEL}`);
}

/**
 * Makes `forget` run whenever any process announces a catalog change, so a product an admin hides leaves every
 * replica's cache at once, not after its seconds. One connection of its own; reconnects after an error.
 * Returns a stop function.
 */
export async function listenForCatalogChanges(
  url: string,
  forget: () => void,
  log?: Logger,
  retryMs = 2000,
): Promise<() => Promise<void>> {
  let client: Client | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new Client({ connectionString: url, application_name: "chophien-catalog-listener" });
    c.on("notification", (n) => n.channel === CATALOG_CHANNEL && forget());
    c.on("error", (err) => {
      log?.warn({ err }, "catalog change listener lost its connection; reconnecting");
      void c.end().catch(() => {});
      schedule();
    });
    await c.connect();
    await c.query(`LISTEN ${CATALOG_CHANNEL}`);
    client = c;
    // Whatever changed while disconnected went unheard: start clean.
    forget();
  };
  const schedule = () => {
    if (stopped) return;
    client = undefined;
    timer = setTimeout(() => void connect().catch(schedule), retryMs);
    timer.unref();
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await client?.end().catch(() => {});
  };
}
