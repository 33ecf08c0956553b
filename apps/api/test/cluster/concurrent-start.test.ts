/** Five API processes started together on one empty database: the startup work runs once, all of them serve. */
import { Client } from "pg";
import { migrations } from "../../src/db/migrations";
import { emptyDatabase } from "../database";
import { startServer, stopAllServers, TEST_ADMIN } from "../server-process";

let db: { url: string; drop: () => Promise<void> } | undefined;
afterAll(async () => {
  await stopAllServers();
  await db?.drop();
});

describe("concurrent starts", () => {
  it("five processes started at once on an empty database all become healthy; migrations and seed run once", async () => {
    db = await emptyDatabase();
    const servers = await Promise.all(Array.from({ length: 5 }, () => startServer(db!.url)));
    console.log(`five concurrent starts, ms to running: ${servers.map((s) => s.startMs).join(", ")}`);

    for (const s of servers) {
      const health = await fetch(`${s.url}/api/health`);
      expect(await health.json()).toEqual({ status: "ok", db: "up" });
      const login = await fetch(`${s.url}/api/auth/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(TEST_ADMIN),
      });
      expect(login.status).toBe(200);
    }
    const outputs = servers.map((s) => s.output());
    const count = (re: RegExp) => outputs.filter((o) => re.test(o)).length;
    expect(count(/"msg":"migrations applied"/)).toBe(1);
    expect(count(/"msg":"demo market seeded"/)).toBe(1);
    for (const o of outputs) expect(o).not.toMatch(/deadlock|already exists|duplicate key|Failed to start/);

    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      const applied = await c.query<{ name: string }>(`SELECT name FROM typeorm_migration ORDER BY id`);
      expect(applied.rows.map((r) => r.name)).toEqual(migrations.map((m) => m.name));
      // One demo market: each demo stall owner once (the seed numbers them stall001, stall002, …).
      const stalls = await c.query<{ n: string; owners: string }>(
        `SELECT count(*) AS n, count(DISTINCT owner_id) AS owners FROM stall`,
      );
      expect(Number(stalls.rows[0]!.n)).toBeGreaterThan(0);
      const firstOwner = await c.query(`SELECT 1 FROM app_user WHERE email LIKE 'stall001@%'`);
      expect(firstOwner.rowCount).toBe(1);
      const seededTwice = await c.query(`SELECT slug FROM stall GROUP BY slug HAVING count(*) > 1`);
      expect(seededTwice.rowCount).toBe(0);
      const admins = await c.query(`SELECT 1 FROM app_user WHERE email = $1 AND role = 'admin'`, [TEST_ADMIN.email]);
      expect(admins.rowCount).toBe(1);
      const queues = await c.query(`SELECT count(*)::int AS n FROM pgboss.queue`);
      expect(queues.rows[0].n).toBeGreaterThan(0);
    } finally {
      await c.end();
    }
  }, 330_000);
});
