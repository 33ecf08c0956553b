/**
 * Run by src/db/embedded.test.ts in a child process (PGlite's WebAssembly cannot load inside jest's VM):
 * starts the embedded database, drives its socket from a pool of 5 and prints what went wrong as JSON.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Pool } from "pg";
import pino from "pino";
import { startEmbeddedDatabase } from "../../src/db/embedded";

/** 300 parameterised queries of two shapes, every fifth inside a transaction; returns the wrong answers. */
async function interleaved(pool: Pool): Promise<string[]> {
  const wrong: string[] = [];
  await Promise.all(
    Array.from({ length: 300 }, async (_, i) => {
      const [sql, params, expected] =
        i % 2 === 0
          ? ["SELECT ($1::int + $2::int)::text AS v", [i, 1], String(i + 1)]
          : [
              "SELECT $1::text || $2::text || $3::text || $4::text || $5::text || $6::text AS v",
              ["a", "b", "c", "d", "e", String(i)],
              `abcde${i}`,
            ];
      try {
        let got: string;
        if (i % 5 !== 0) got = (await pool.query<{ v: string }>(sql, params)).rows[0]!.v;
        else {
          const client = await pool.connect();
          try {
            await client.query("BEGIN");
            got = (await client.query<{ v: string }>(sql, params)).rows[0]!.v;
            await client.query("SELECT $1::int", [i]);
            await client.query("COMMIT");
          } finally {
            client.release();
          }
        }
        if (got !== expected) wrong.push(`${i}: ${got} instead of ${expected}`);
      } catch (err) {
        wrong.push(`${i}: ${(err as Error).message}`);
      }
    }),
  );
  return wrong;
}

/** A client that disconnects inside a transaction must not block the others. */
async function vanished(pool: Pool): Promise<number> {
  const client = await pool.connect();
  await client.query("BEGIN");
  await client.query("SELECT $1::int", [1]);
  client.release(new Error("gone")); // destroys the connection mid-transaction
  return (await pool.query<{ v: number }>("SELECT $1::int AS v", [7])).rows[0]!.v;
}

/** A protocol message: type byte, length, body. */
const message = (type: string, body: Buffer) => {
  const head = Buffer.alloc(5);
  head.write(type, 0);
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
};
const cstr = (s: string) => Buffer.from(`${s}\0`);

/**
 * A raw client opens a transaction, sends a Parse that fails, and disconnects before its Sync (node-postgres
 * always sends Sync with the query, so only a crash does this). The next client must get a clean session, not
 * "current transaction is aborted". Returns what the pool then reads.
 */
async function abortedMidQuery(url: string, pool: Pool): Promise<string> {
  const socket = net.connect(Number(new URL(url).port), "127.0.0.1");
  let received = Buffer.alloc(0);
  const ready = async () => {
    while (!received.includes(Buffer.from("Z\0\0\0\x05"))) await new Promise((r) => socket.once("data", r));
    received = Buffer.alloc(0);
  };
  socket.on("data", (d: Buffer) => (received = Buffer.concat([received, d])));
  await new Promise((r) => socket.once("connect", r));
  const startup = Buffer.concat([
    Buffer.from([0, 3, 0, 0]),
    cstr("user"),
    cstr("postgres"),
    cstr("database"),
    cstr("postgres"),
    Buffer.from([0]),
  ]);
  const length = Buffer.alloc(4);
  length.writeInt32BE(startup.length + 4);
  socket.write(Buffer.concat([length, startup]));
  await ready();
  socket.write(message("Q", cstr("BEGIN")));
  await ready();
  socket.write(message("P", Buffer.concat([cstr(""), cstr("SELEC 1"), Buffer.from([0, 0])])));
  await new Promise((r) => setTimeout(r, 200));
  socket.destroy();
  await new Promise((r) => setTimeout(r, 200));
  try {
    return String((await pool.query<{ v: number }>("SELECT $1::int AS v", [8])).rows[0]!.v);
  } catch (err) {
    return (err as Error).message;
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-pglite-"));
  const db = await startEmbeddedDatabase(dir, pino({ level: "silent" }));
  const pool = new Pool({ connectionString: db.url, max: 5 });
  try {
    const result = {
      wrong: await interleaved(pool),
      afterVanished: await vanished(pool),
      afterAborted: await abortedMidQuery(db.url, pool),
    };
    process.stdout.write(JSON.stringify(result));
  } finally {
    await pool.end();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
void main();
