import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { buildOrder, buildProduct } from "../factories";
import { startTestApp, type TestApp } from "../harness";

const ROOT = path.resolve(__dirname, "../../../..");
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it("backs up the database and media, and a restore into a new database finds the same orders and images", async () => {
  const url = process.env.TEST_DATABASE_URL!;
  const { order } = await buildOrder(t.ds, { items: [{ product: await buildProduct(t.ds), quantity: 2 }] });
  const name = `${"cd".repeat(32)}-320.webp`;
  const media = path.join(t.config.dataDir, "media");
  fs.mkdirSync(path.join(media, "cd"), { recursive: true });
  fs.writeFileSync(path.join(media, "cd", name), "webp-bytes");

  const out = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-backup-"));
  const env = { ...process.env, DATABASE_URL: url, DATA_DIR: t.config.dataDir, STORAGE_DRIVER: "local" };
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
    const src = await admin.query(`SELECT count(*)::int AS n FROM customer_order`);
    const dst = await restored.query(`SELECT count(*)::int AS n FROM customer_order`);
    expect(dst.rows[0].n).toBe(src.rows[0].n);
    const same = await restored.query(`SELECT id FROM customer_order WHERE id = $1`, [order.id]);
    expect(same.rowCount).toBe(1);
    await restored.end();
    expect(fs.readFileSync(path.join(restoredDir, "media", "cd", name), "utf8")).toBe("webp-bytes");
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(restoredDir, { recursive: true, force: true });
  }
});
