import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

// Build-time only (the Vite plugin in vite.ts): nothing imports this from the apps' code.

/** Files a browser fetches as text; images and fonts are compressed already. Source maps are left to devtools. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;
/** Below this many bytes a compressed copy saves less than a packet. */
export const PRECOMPRESS_MIN_BYTES = 1024;

/**
 * Writes `<file>.br` (brotli, best quality) and `<file>.gz` (gzip, level 9) beside every compressible file of
 * `dir` (recursively) of at least PRECOMPRESS_MIN_BYTES, so the server sends them without compressing per
 * request. A copy that would not be smaller is not written. Returns the files compressed, relative to `dir`.
 */
export function precompressDir(dir: string): string[] {
  const done: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const raw = fs.readFileSync(file);
    if (raw.length < PRECOMPRESS_MIN_BYTES) continue;
    const br = zlib.brotliCompressSync(raw, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    const gz = zlib.gzipSync(raw, { level: 9 });
    if (br.length < raw.length) fs.writeFileSync(`${file}.br`, br);
    if (gz.length < raw.length) fs.writeFileSync(`${file}.gz`, gz);
    done.push(path.relative(dir, file));
  }
  return done.sort();
}
