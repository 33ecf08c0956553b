import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { DataSource } from "typeorm";
import { hashPassword, verifyPassword } from "../auth/passwords";
import { User } from "./user.entity";

/** Makes sure an admin with this email exists and signs in with this password (creates or promotes it). */
export async function ensureAdmin(ds: DataSource, email: string, password: string): Promise<void> {
  const existing = await ds
    .getRepository(User)
    .createQueryBuilder("u")
    .addSelect("u.passwordHash")
    .where("u.email = :email", { email: email.toLowerCase() })
    .getOne();
  if (existing?.role === "admin" && (await verifyPassword(password, existing.passwordHash))) return;
  await ds.query(
    `INSERT INTO app_user (email, password_hash, full_name, role) VALUES ($1, $2, $3, 'admin')
     ON CONFLICT (email) DO UPDATE SET role = 'admin', password_hash = EXCLUDED.password_hash, updated_at = now()`,
    [email.toLowerCase(), await hashPassword(password), "Quản trị viên"],
  );
}

export const DEMO_ADMIN_EMAIL = "admin@chophien.local";

/**
 * The embedded demo's admin: a random password made on first start and kept in `DATA_DIR/demo-admin.json`
 * (mode 0600), so every start can print the same login.
 */
export async function ensureDemoAdmin(ds: DataSource, dataDir: string): Promise<{ email: string; password: string }> {
  const file = path.join(dataDir, "demo-admin.json");
  let creds: { email: string; password: string };
  try {
    creds = JSON.parse(fs.readFileSync(file, "utf8")) as { email: string; password: string };
  } catch {
    creds = { email: DEMO_ADMIN_EMAIL, password: crypto.randomBytes(9).toString("base64url") };
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(creds, null, 2) + "\n", { mode: 0o600 });
  }
  await ensureAdmin(ds, creds.email, creds.password);
  return creds;
}
