import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createLocalStorage } from "./local-storage";
import type { FileStorage } from "./storage";

const KEY = `${"ab".repeat(32)}-320.webp`;

let dir: string;
let storage: FileStorage;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-storage-"));
  storage = createLocalStorage(path.join(dir, "media"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every file under `root`, relative, sorted. */
function files(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

describe("createLocalStorage", () => {
  it("stores, reads, checks and deletes a file, sharded by the key's first two characters", async () => {
    expect(await storage.exists(KEY)).toBe(false);
    expect(await storage.read(KEY)).toBeUndefined();

    await storage.put(KEY, Buffer.from("hello"), "image/webp");
    expect(await storage.exists(KEY)).toBe(true);
    expect((await storage.read(KEY))?.toString()).toBe("hello");
    expect(files(dir)).toEqual([path.join("media", "ab", KEY)]);

    await storage.put(KEY, Buffer.from("replaced"), "image/webp");
    expect((await storage.read(KEY))?.toString()).toBe("replaced");

    await storage.delete(KEY);
    expect(await storage.exists(KEY)).toBe(false);
    await expect(storage.delete(KEY)).resolves.toBeUndefined();
  });

  it("leaves no temp files behind and never shows a half-written file to readers", async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 7);
    const writes = Array.from({ length: 5 }, (_, i) => storage.put(KEY, Buffer.alloc(big.length, i), "image/webp"));
    const reads: (Buffer | undefined)[] = [];
    for (let i = 0; i < 20; i++) reads.push(await storage.read(KEY));
    await Promise.all(writes);
    for (const r of reads) if (r) expect(r.length).toBe(big.length);
    expect(files(dir)).toEqual([path.join("media", "ab", KEY)]);
  });

  it.each([
    "../escape.webp",
    "../../etc/passwd",
    "ab/../../x.webp",
    "a/b.webp",
    "a\\b.webp",
    "..",
    "a..b",
    ".hidden",
    "",
    "-leading-dash",
    "x".repeat(202),
    "name with space.webp",
    "%2e%2e%2fetc",
    "null\0byte",
  ])("refuses the unsafe key %j for every operation", async (key) => {
    await expect(storage.put(key, Buffer.from("x"), "image/webp")).rejects.toThrow(/Invalid storage key/);
    await expect(storage.read(key)).rejects.toThrow(/Invalid storage key/);
    await expect(storage.exists(key)).rejects.toThrow(/Invalid storage key/);
    await expect(storage.delete(key)).rejects.toThrow(/Invalid storage key/);
    expect(fs.existsSync(path.join(dir, "media")) ? files(dir) : []).toEqual([]);
  });

  it("accepts ordinary safe names", async () => {
    for (const key of ["a", "A1.b-c_d", "x".repeat(201)]) {
      await storage.put(key, Buffer.from(key), "application/octet-stream");
      expect((await storage.read(key))?.toString()).toBe(key);
    }
  });
});
