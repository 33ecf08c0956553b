#!/usr/bin/env node
// npm run backup [-- --out DIR]: pg_dump (custom format) of DATABASE_URL plus every media file, into one dated folder.
import fs from "node:fs";
import path from "node:path";
import { args, mediaDir, pgTool, run, s3FromEnv } from "./backup-lib.mjs";

const opts = args();
const url = opts["database-url"] ?? process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL (or --database-url) is required: the embedded database is backed up by copying DATA_DIR");
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const out = path.resolve(opts.out ?? path.resolve(import.meta.dirname, "../var/backups", stamp));
fs.mkdirSync(path.join(out, "media"), { recursive: true });

run(pgTool("pg_dump"), ["--format=custom", "--no-owner", "--file", path.join(out, "database.dump"), url]);

let files = 0;
const s3 = await s3FromEnv();
if (s3) {
  let token;
  do {
    const page = await s3.client.send(new s3.sdk.ListObjectsV2Command({ Bucket: s3.bucket, ContinuationToken: token }));
    for (const o of page.Contents ?? []) {
      const got = await s3.client.send(new s3.sdk.GetObjectCommand({ Bucket: s3.bucket, Key: o.Key }));
      fs.writeFileSync(path.join(out, "media", path.basename(o.Key)), await got.Body.transformToByteArray());
      files++;
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  s3.client.destroy();
} else if (fs.existsSync(mediaDir())) {
  // The local driver shards by the first two characters; the backup keeps them flat, like the bucket's keys.
  for (const e of fs.readdirSync(mediaDir(), { recursive: true, withFileTypes: true }))
    if (e.isFile() && !e.name.startsWith(".")) {
      fs.copyFileSync(path.join(e.parentPath, e.name), path.join(out, "media", e.name));
      files++;
    }
}
fs.writeFileSync(
  path.join(out, "manifest.json"),
  JSON.stringify({ createdAt: new Date().toISOString(), mediaFiles: files }, null, 2),
);
console.log(`Backup written to ${out} (database + ${files} media files)`);
