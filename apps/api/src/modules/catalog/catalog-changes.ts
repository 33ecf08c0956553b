import type { Logger } from "pino";
import type { EntityManager } from "typeorm";
import { listenOnChannel } from "../../lib/pg-listen";

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
export function listenForCatalogChanges(
  url: string,
  forget: () => void,
  log?: Logger,
  retryMs = 2000,
): Promise<() => Promise<void>> {
  return listenOnChannel(url, CATALOG_CHANNEL, { onNotify: forget, onConnect: forget }, { log, retryMs, name: "catalog" });
}
