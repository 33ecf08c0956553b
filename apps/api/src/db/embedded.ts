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
    const server = new PGLiteSocketServer({ db: wholeQueries(db), host: "127.0.0.1", port: 0, maxConnections: 20 });
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

/** The extended-query protocol's Sync message: 'S', length 4. */
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

/** Extended-query protocol messages that come before a query's Sync: Parse, Bind, Describe, Execute, Close, Flush. */
const MID_QUERY = new Set(["P", "B", "D", "E", "C", "H"].map((c) => c.charCodeAt(0)));

/**
 * pglite-socket queues each protocol message on its own and keeps one client's messages together only inside a
 * transaction. An extended-protocol query (Parse, Bind, Describe, Execute … Sync) could then be split by another
 * connection's — whose Parse replaces the unnamed statement ("bind message supplies 6 parameters, but prepared
 * statement "" requires 1") — whenever some client's BEGIN ran in between. This view of the database also says
 * "in a transaction" from a client's first extended message until its Sync, so the queue serves that client
 * until its query is whole. (`exec` is the socket server's own ROLLBACK for a client gone mid-transaction.)
 */
function wholeQueries(db: PGlite): PGlite {
  let midQuery = false;
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "isInTransaction") return () => midQuery || target.isInTransaction();
      if (prop === "execProtocolRawStream")
        return (message: Uint8Array, opts: Parameters<PGlite["execProtocolRawStream"]>[1]) => {
          midQuery = MID_QUERY.has(message[0]!);
          return target.execProtocolRawStream(message, opts);
        };
      if (prop === "exec")
        return async (...args: Parameters<PGlite["exec"]>) => {
          // A client gone between an error and its Sync leaves PostgreSQL skipping messages until a Sync: send it,
          // or the server's ROLLBACK is ignored and the next client inherits an aborted transaction.
          if (midQuery) await target.execProtocolRaw(SYNC);
          midQuery = false;
          return target.exec(...args);
        };
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
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
