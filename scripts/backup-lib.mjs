// Shared by backup.mjs and restore.mjs: arguments, PostgreSQL tools, and the media store (folder or S3 bucket).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** `--name value` pairs from argv. */
export function args(argv = process.argv.slice(2)) {
  const out = {};
  for (let i = 0; i < argv.length; i++) if (argv[i].startsWith("--")) out[argv[i].slice(2)] = argv[++i];
  return out;
}

/** pg_dump/pg_restore from PATH, or PostgreSQL 15's folder when it is not on PATH. */
export function pgTool(name) {
  for (const dir of [...(process.env.PATH ?? "").split(path.delimiter), "/usr/lib/postgresql/15/bin"])
    if (dir && fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  throw new Error(`${name} not found (install the PostgreSQL client tools)`);
}

export function run(cmd, argv) {
  execFileSync(cmd, argv, { stdio: ["ignore", "inherit", "inherit"] });
}

/** The S3 client and bucket from the same variables the API reads, or undefined for the local folder. */
export async function s3FromEnv(env = process.env) {
  if (env.STORAGE_DRIVER !== "s3") return undefined;
  const sdk = await import("@aws-sdk/client-s3");
  const client = new sdk.S3Client({
    region: env.S3_REGION || "us-east-1",
    endpoint: env.S3_ENDPOINT || undefined,
    forcePathStyle: ["true", "1"].includes(env.S3_FORCE_PATH_STYLE ?? ""),
    ...(env.S3_ACCESS_KEY_ID
      ? { credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? "" } }
      : {}),
  });
  return { sdk, client, bucket: env.S3_BUCKET };
}

export const mediaDir = (env = process.env) =>
  path.join(env.DATA_DIR ? path.resolve(env.DATA_DIR) : path.resolve(import.meta.dirname, "../var"), "media");
