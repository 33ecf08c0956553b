import crypto from "node:crypto";
import { Client } from "pg";
import { DataSource } from "typeorm";
import { createDataSource } from "../../db/data-source";
import { migrations } from "../../db/migrations";
import { CodCollectedByStall1764420000000 } from "../../db/migrations/1764420000000-cod-collected-by-stall";

/**
 * The migration that moves completed COD sales to "collected by the stall", run on a database of its own holding
 * rows in the shape the ledger had before it (a COD sale booked as payable balance).
 */
const serverUrl = process.env.TEST_DATABASE_URL!;
const name = `chophien_ledger_mig_${Date.now()}_${process.pid}`;
const dbUrl = (() => {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
})();

async function onServer(sql: string) {
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A data source over the separate database that knows only the migrations before this one. */
function before(): DataSource {
  const base = createDataSource({ url: dbUrl, poolSize: 2 });
  const mine = migrations.indexOf(CodCollectedByStall1764420000000);
  return new DataSource({ ...base.options, migrations: migrations.slice(0, mine) });
}

let ds: DataSource;
beforeAll(async () => {
  await onServer(`CREATE DATABASE "${name}"`);
  ds = await before().initialize();
  await ds.runMigrations({ transaction: "each" });
});
afterAll(async () => {
  await ds?.destroy();
  await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

/** Inserts with SQL only (no entities): the tables as they were then. */
async function oldShapeScene() {
  const one = async <T>(sql: string, params: unknown[]) => (await ds.query<T[]>(sql, params))[0]!;
  const user = async () =>
    (
      await one<{ id: string }>(
        `INSERT INTO app_user (email, password_hash, full_name, role) VALUES ($1, 'x', 'Người thử', 'seller') RETURNING id`,
        [`${crypto.randomUUID()}@test.chophien.vn`],
      )
    ).id;
  const stall = async () =>
    (
      await one<{ id: string }>(
        `INSERT INTO stall (owner_id, slug, name, search_name, story, province, address, phone, business_type, status)
         VALUES ($1, $2, 'Gian thử', 'gian thu', 'Câu chuyện', 'quang-tri', 'Thôn 1', '0912345678', 'household', 'approved')
         RETURNING id`,
        [await user(), `gian-${crypto.randomUUID().slice(0, 8)}`],
      )
    ).id;
  /** A completed stall order of `method`, booked the old way (sale + commission) when `booked`. */
  const part = async (stallId: string, method: "cod" | "vnpay", subtotal: number, status = "completed", booked = true) => {
    const order = await one<{ id: string }>(
      `INSERT INTO customer_order (code, buyer_id, shipping_address, payment_method, payment_status, status, subtotal, shipping_total, grand_total)
       VALUES ($1, $2, '{}'::jsonb, $3, 'paid', $4, $5::bigint, 20000, $5::bigint + 20000) RETURNING id`,
      [`CP-20261128-${crypto.randomBytes(2).toString("hex").toUpperCase()}`, await user(), method, status, subtotal],
    );
    const commission = Math.round(subtotal / 20);
    const so = await one<{ id: string }>(
      `INSERT INTO stall_order (order_id, stall_id, status, subtotal, shipping_fee, commission_rate_bps, commission)
       VALUES ($1, $2, $3, $4, 20000, 500, $5) RETURNING id`,
      [order.id, stallId, status, subtotal, commission],
    );
    if (booked)
      await ds.query(
        `INSERT INTO ledger_entry (stall_id, kind, amount, stall_order_id, note)
         VALUES ($1, 'sale', $2, $3, NULL), ($1, 'commission', $4, $3, '5%')`,
        [stallId, subtotal + 20000, so.id, -commission],
      );
    return { id: so.id, gross: subtotal + 20000, commission };
  };
  const payout = (stallId: string, amount: number) =>
    ds.query(`INSERT INTO ledger_entry (stall_id, kind, amount, note) VALUES ($1, 'payout', $2, 'FT-OLD')`, [stallId, -amount]);

  const mixed = await stall();
  const cod1 = await part(mixed, "cod", 200_000);
  const cod2 = await part(mixed, "cod", 80_000);
  const online = await part(mixed, "vnpay", 300_000);
  await part(mixed, "cod", 50_000, "delivered", false); // not completed: nothing booked, nothing to correct
  await payout(mixed, 100_000);
  const onlineOnly = await stall();
  const vnpay = await part(onlineOnly, "vnpay", 150_000);
  return { mixed, onlineOnly, cod1, cod2, online, vnpay };
}

const sums = async (stallId: string) =>
  (
    await ds.query<{ n: number; sum: string }[]>(
      `SELECT count(*)::int AS n, COALESCE(SUM(amount), 0)::text AS sum FROM ledger_entry WHERE stall_id = $1`,
      [stallId],
    )
  )[0]!;

describe("migration CodCollectedByStall1764420000000", () => {
  it("appends a cash-collected line to every completed COD sale booked the old way, and nothing else", async () => {
    const s = await oldShapeScene();
    // The old shape: COD sales counted as payable balance, and the old CHECK refused the new kind.
    const oldSum = (await sums(s.mixed)).sum;
    expect(Number(oldSum)).toBe(
      s.cod1.gross + s.cod2.gross + s.online.gross - s.cod1.commission - s.cod2.commission - s.online.commission - 100_000,
    );
    await expect(
      ds.query(`INSERT INTO ledger_entry (stall_id, kind, amount) VALUES ($1, 'cod_collected', -1)`, [s.mixed]),
    ).rejects.toThrow(/CHK_ledger_kind|value too long/);
    const untouched = await ds.query<{ id: string; amount: string }[]>(`SELECT id, amount::text FROM ledger_entry ORDER BY id`);

    await ds.destroy();
    ds = await createDataSource({ url: dbUrl, poolSize: 2 }).initialize();
    const ran = await ds.runMigrations({ transaction: "each" });
    expect(ran.map((m) => m.name)).toContain("CodCollectedByStall1764420000000");

    // Every old line is still there, unchanged (the ledger is append-only).
    const now = await ds.query<{ id: string; amount: string }[]>(`SELECT id, amount::text FROM ledger_entry ORDER BY id`);
    expect(now).toEqual(expect.arrayContaining(untouched));
    const added = await ds.query<{ stall_order_id: string; amount: string; kind: string }[]>(
      `SELECT e.stall_order_id, e.amount::text AS amount, e.kind FROM ledger_entry e WHERE e.kind = 'cod_collected' ORDER BY e.amount`,
    );
    expect(added).toEqual(
      [s.cod1, s.cod2]
        .sort((a, b) => b.gross - a.gross)
        .map((p) => ({ stall_order_id: p.id, amount: String(-p.gross), kind: "cod_collected" })),
    );
    expect(now.length).toBe(untouched.length + 2);

    // The mixed stall now owes the COD commission, netted against its online sale; the online-only one is as it was.
    expect(Number((await sums(s.mixed)).sum)).toBe(
      s.online.gross - s.online.commission - s.cod1.commission - s.cod2.commission - 100_000,
    );
    expect(await sums(s.onlineOnly)).toEqual({ n: 2, sum: String(s.vnpay.gross - s.vnpay.commission) });
    // The new kind is accepted once per stall order, and the index keeps it at one.
    await expect(
      ds.query(`INSERT INTO ledger_entry (stall_id, kind, amount, stall_order_id) VALUES ($1, 'cod_collected', -1, $2)`, [
        s.mixed,
        s.cod1.id,
      ]),
    ).rejects.toThrow(/UQ_ledger_once_per_stall_order/);

    // Down takes the lines back out and restores the old shape; up again books them again, once.
    const migration = new CodCollectedByStall1764420000000();
    const runner = ds.createQueryRunner();
    try {
      await migration.down(runner);
      expect((await sums(s.mixed)).sum).toBe(oldSum);
      expect((await ds.query(`SELECT 1 FROM ledger_entry WHERE kind = 'cod_collected'`)).length).toBe(0);
      await migration.up(runner);
      expect((await ds.query(`SELECT 1 FROM ledger_entry WHERE kind = 'cod_collected'`)).length).toBe(2);
    } finally {
      await runner.release();
    }
  });
});
