import crypto from "node:crypto";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { type FileStorage, isSafeKey } from "./storage";

function isNotFound(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === "ENOENT";
}

/**
 * Files under `dir`, sharded by the key's first two characters (`dir/ab/abcd…-320.webp`) so no folder grows huge.
 * Writes go to a temp file and are renamed into place, so a reader never sees half a file.
 */
export function createLocalStorage(dir: string): FileStorage {
  const root = path.resolve(dir);
  const locate = (key: string) => {
    // Keys may come from URLs; refuse anything that could leave `root` rather than trying to clean it.
    if (!isSafeKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key.slice(0, 80))}`);
    return path.join(root, key.slice(0, 2), key);
  };

  return {
    async put(key, data) {
      const file = locate(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // A leading dot can never be a valid key, so temp files are invisible to read/exists.
      const tmp = path.join(path.dirname(file), `.tmp-${crypto.randomUUID()}`);
      try {
        await fs.writeFile(tmp, data, { flag: "wx" });
        await fs.rename(tmp, file);
      } catch (err) {
        await fs.rm(tmp, { force: true });
        throw err;
      }
    },
    async read(key) {
      try {
        return await fs.readFile(locate(key));
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
      }
    },
    async stream(key, range) {
      const file = locate(key);
      let size: number;
      try {
        const stat = await fs.stat(file);
        if (!stat.isFile()) return undefined;
        size = stat.size;
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
      }
      if (!range) return { body: createReadStream(file), size };
      if (range.start >= size) return { unsatisfiable: true, size };
      const end = Math.min(range.end ?? size - 1, size - 1);
      // A file replaced meanwhile is renamed over, so this open handle still reads the old, whole file.
      return { body: createReadStream(file, { start: range.start, end }), size, range: { start: range.start, end } };
    },
    async exists(key) {
      try {
        return (await fs.stat(locate(key))).isFile();
      } catch (err) {
        if (isNotFound(err)) return false;
        throw err;
      }
    },
    async delete(key) {
      await fs.rm(locate(key), { force: true });
    },
  };
}
