import type { DataSource } from "typeorm";
import { Client } from "pg";
import { buildProduct, buildStall, unique } from "../../test/factories";
import { startStreamingPair, type StreamingPair } from "../../test/database";
import { startTestApp, type TestApp } from "../../test/harness";
import { createDataSource } from "./data-source";
import { ReadReplicas } from "./read-replicas";

/** A real primary and hot standby (initdb + pg_basebackup -R), a migrated database on them, the app reading through both. */
let pair: StreamingPair;
let ds: DataSource;
let replicas: ReadReplicas;
let t: TestApp;
let replicaUrl: string;

const withDb = (server: string, db: string) => Object.assign(new URL(server), { pathname: `/${db}` }).toString();

async function onReplica(sql: string): Promise<unknown[]> {
  const c = new Client({ connectionString: replicaUrl });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

/** Waits until the standby has replayed everything the primary has written so far. */
async function caughtUp(): Promise<void> {
  const [{ lsn }] = await ds.query<[{ lsn: string }]>(`SELECT pg_current_wal_lsn()::text AS lsn`);
  for (let i = 0; i < 200; i++) {
    const [row] = (await onReplica(`SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS ok`)) as [{ ok: boolean }];
    if (row.ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the standby did not catch up");
}

const listed = async (q: string) => {
  const res = await t.http.get(`/api/products?q=${encodeURIComponent(q)}&limit=24`);
  expect(res.status).toBe(200);
  return (res.body.items as { name: string }[]).map((p) => p.name);
};

beforeAll(async () => {
  const started = await startStreamingPair();
  if (!started) throw new Error("initdb, pg_ctl and pg_basebackup are needed for the replica test");
  pair = started;
  const admin = new Client({ connectionString: pair.primary.serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE chophien_replica_test`);
  await admin.end();
  const primaryUrl = withDb(pair.primary.serverUrl, "chophien_replica_test");
  replicaUrl = withDb(pair.replicaServerUrl, "chophien_replica_test");
  ds = await createDataSource({ url: primaryUrl, poolSize: 4 }).initialize();
  await ds.runMigrations({ transaction: "each" });
  replicas = new ReadReplicas(ds, [replicaUrl], { retryAfterMs: 300 });
  t = await startTestApp({ ds, readReplicas: replicas, env: { DATABASE_URL: primaryUrl } });
}, 120_000);

afterAll(async () => {
  await t?.close();
  await replicas?.close();
  if (ds?.isInitialized) await ds.destroy();
  pair?.dispose();
});

describe("read replicas for the public catalogue", () => {
  it("serve listing and search from the standby, while writes and the seller's own reads stay on the primary", async () => {
    const stall = await buildStall(t.ds);
    const word = `replica${unique()}`;
    await buildProduct(t.ds, { stall, name: `Cà phê ${word} một` });
    await caughtUp();
    expect(await listed(word)).toEqual([`Cà phê ${word} một`]);

    // Hold the standby's replay: what the primary writes now is not on the standby yet.
    await onReplica(`SELECT pg_wal_replay_pause()`);
    try {
      await buildProduct(t.ds, { stall, name: `Cà phê ${word} hai` });
      expect(await listed(word)).toEqual([`Cà phê ${word} một`]);
      const [{ n }] = await ds.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM product WHERE name LIKE $1`, [`%${word}%`]);
      expect(n).toBe(2);
    } finally {
      await onReplica(`SELECT pg_wal_replay_resume()`);
    }
    await caughtUp();
    expect((await listed(word)).sort()).toEqual([`Cà phê ${word} hai`, `Cà phê ${word} một`]);
    expect(replicas.status()).toEqual([{ url: replicaUrl, healthy: true }]);
  });

  it("fall back to the primary the moment the standby goes away, and return to it once it is back", async () => {
    const stall = await buildStall(t.ds);
    const word = `failover${unique()}`;
    await buildProduct(t.ds, { stall, name: `Mật ong ${word}` });
    await caughtUp();
    await onReplica(`SELECT pg_wal_replay_pause()`);
    await buildProduct(t.ds, { stall, name: `Mật ong ${word} mới` });
    expect(await listed(word)).toEqual([`Mật ong ${word}`]); // still the paused standby

    pair.stopReplica();
    try {
      // No request fails: the one that meets the dead standby is answered from the primary, which has both.
      for (let i = 0; i < 3; i++) expect((await listed(word)).sort()).toEqual([`Mật ong ${word}`, `Mật ong ${word} mới`]);
      expect(replicas.status()[0]!.healthy).toBe(false);
    } finally {
      pair.startReplica(); // a restarted standby resumes replay by itself
    }
    await caughtUp();
    await new Promise((r) => setTimeout(r, 350)); // its retry pause
    await onReplica(`SELECT pg_wal_replay_pause()`);
    try {
      await buildProduct(t.ds, { stall, name: `Mật ong ${word} thứ ba` });
      // Reading from the standby again: the third product is not there yet.
      expect((await listed(word)).sort()).toEqual([`Mật ong ${word}`, `Mật ong ${word} mới`]);
      expect(replicas.status()[0]!.healthy).toBe(true);
    } finally {
      await onReplica(`SELECT pg_wal_replay_resume()`);
    }
  });
});
