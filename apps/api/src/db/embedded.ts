import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import type { Logger } from "pino";

/** A running embedded PostgreSQL reachable over the ordinary wire protocol on loopback. */
export interface EmbeddedDatabase {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts PGlite (files under `dir`) behind a loopback socket, so TypeORM's `pg` driver and every other
 * PostgreSQL client work unchanged: one code path for embedded and server mode.
 * The socket server runs one transaction at a time; always pass a transaction's manager down.
 */
export async function startEmbeddedDatabase(dir: string, log: Logger): Promise<EmbeddedDatabase> {
  fs.mkdirSync(dir, { recursive: true });
  const releaseLock = lockDataDir(dir);
  try {
    const db = await PGlite.create({ dataDir: dir, extensions: { unaccent, pg_trgm } });
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 20 });
    await server.start();
    const url = `postgres://postgres@${server.getServerConn()}/postgres`;
    log.info({ dir }, "embedded PostgreSQL (PGlite) started");
    return {
      url,
      async close() {
        await server.stop();
        await db.close();
        releaseLock();
      },
    };
  } catch (err) {
    releaseLock();
    throw err;
  }
}

/** Refuses a second process on the same data folder: PGlite files are single-writer. */
function lockDataDir(dir: string): () => void {
  const lock = path.join(dir, "chophien.pid");
  try {
    const pid = Number(fs.readFileSync(lock, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid))
      throw new Error(`The embedded database in ${dir} is in use by process ${pid}; stop it or set another DATA_DIR`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  fs.writeFileSync(lock, String(process.pid));
  return () => fs.rmSync(lock, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
