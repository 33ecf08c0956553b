import crypto from "node:crypto";
import type { DataSource } from "typeorm";

/**
 * The installation's secret `name`: made on first use from 32 random bytes and kept in the database, so it
 * survives restarts and is the same on every replica. Concurrent first starts agree (the first insert wins).
 */
export async function installationSecret(ds: DataSource, name: string): Promise<string> {
  const fresh = crypto.randomBytes(32).toString("hex");
  await ds.query(`INSERT INTO installation_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [name, fresh]);
  const [row] = await ds.query<{ value: string }[]>(`SELECT value FROM installation_secret WHERE name = $1`, [name]);
  if (!row) throw new Error(`installation secret ${name} could not be stored`);
  return row.value;
}
