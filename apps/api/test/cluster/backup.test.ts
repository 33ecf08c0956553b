import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/db/data-source";
import { freshMigratedDatabase } from "../database";
import { buildOrder, buildProduct } from "../factories";

const ROOT = path.resolve(__dirname, "../../../..");
// A database of its own: the dump then holds only this test's rows, and other suites writing to the run's
// shared database while pg_dump runs cannot change what the restore is compared with.
let db: { url: string; drop: () => Promise<void> };
let ds: DataSource;
let dataDir: string;
beforeAll(async () => {
  db = await freshMigratedDatabase();
  ds = await createDataSource({ url: db.url, poolSize: 2 }).initialize();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-backup-data-"));
});
afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it("backs up the database and media, and a restore into a new database finds the same orders and images", async () => {
  const url = db.url;
  const { order } = await buildOrder(ds, { items: [{ product: await buildProduct(ds), quantity: 2 }] });
  await buildOrder(ds, { items: [{ product: await buildProduct(ds), quantity: 1 }] });
  const name = `${"cd".repeat(32)}-320.webp`;
  const media = path.join(dataDir, "media");
  fs.mkdirSync(path.join(media, "cd"), { recursive: true });
  fs.writeFileSync(path.join(media, "cd", name), "webp-bytes");

  const out = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-backup-"));
  const env = { ...process.env, DATABASE_URL: url, DATA_DIR: dataDir, STORAGE_DRIVER: "local" };
  execFileSync("node", [path.join(ROOT, "scripts/backup.mjs"), "--out", out], { env, stdio: "pipe" });

  const target = `restore_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${target}`);
  const targetUrl = Object.assign(new URL(url), { pathname: `/${target}` }).toString();
  const restoredDir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-restored-"));
  try {
    execFileSync("node", [path.join(ROOT, "scripts/restore.mjs"), "--from", out, "--database-url", targetUrl], {
      env: { ...env, DATA_DIR: restoredDir },
      stdio: "pipe",
    });
    const restored = new Client({ connectionString: targetUrl });
    await restored.connect();
    const ids = `SELECT id FROM customer_order ORDER BY id`;
    const src = await admin.query<{ id: string }>(ids);
    const dst = await restored.query<{ id: string }>(ids);
    // Only this test's two orders: the database is its own.
    expect(src.rows).toHaveLength(2);
    expect(dst.rows).toEqual(src.rows);
    expect(dst.rows.map((r) => r.id)).toContain(order.id);
    await restored.end();
    expect(fs.readFileSync(path.join(restoredDir, "media", "cd", name), "utf8")).toBe("webp-bytes");
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(restoredDir, { recursive: true, force: true });
  }
});
