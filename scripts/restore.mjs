#!/usr/bin/env node
// npm run restore -- --from DIR --database-url URL: loads a backup into an empty database and the media store
// (DATA_DIR/media, or the S3 bucket when STORAGE_DRIVER=s3).
import fs from "node:fs";
import path from "node:path";
import { args, mediaDir, pgTool, run, s3FromEnv } from "./backup-lib.mjs";

const opts = args();
if (!opts.from) throw new Error("--from <backup folder> is required");
const from = path.resolve(opts.from);
const url = opts["database-url"] ?? process.env.DATABASE_URL;
if (!url) throw new Error("--database-url (a new, empty database) is required");

run(pgTool("pg_restore"), ["--no-owner", "--exit-on-error", "--dbname", url, path.join(from, "database.dump")]);

const names = fs.readdirSync(path.join(from, "media"));
const s3 = await s3FromEnv();
if (s3) {
  for (const name of names)
    await s3.client.send(
      new s3.sdk.PutObjectCommand({
        Bucket: s3.bucket,
        Key: name,
        Body: fs.readFileSync(path.join(from, "media", name)),
        ContentType: name.endsWith(".webp") ? "image/webp" : "application/octet-stream",
      }),
    );
  s3.client.destroy();
} else {
  const dir = opts["media-dir"] ? path.resolve(opts["media-dir"]) : mediaDir();
  for (const name of names) {
    fs.mkdirSync(path.join(dir, name.slice(0, 2)), { recursive: true });
    fs.copyFileSync(path.join(from, "media", name), path.join(dir, name.slice(0, 2), name));
  }
}
console.log(`Restored ${from} (database + ${names.length} media files)`);
