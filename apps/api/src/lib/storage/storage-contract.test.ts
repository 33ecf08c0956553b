import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { startTestS3, type TestS3 } from "../../../test/s3";
import { createLocalStorage } from "./local-storage";
import { createS3Storage } from "./s3-storage";
import type { FileStorage } from "./storage";

const KEY = `${"ab".repeat(32)}-320.webp`;

/** One backend under test: a fresh, empty store per test, and what it holds (relative names, sorted). */
interface Backend {
  storage: FileStorage;
  stored(): Promise<string[]> | string[];
  cleanup(): Promise<void> | void;
  /**
   * Whether a reader can never see half a file. True for our local driver and for S3 itself (a PUT is atomic), but
   * the s3rver test server streams objects into place, so a racing GET may see a partial body there.
   */
  atomicServer: boolean;
}

let s3: TestS3;
beforeAll(async () => {
  s3 = await startTestS3("contract");
});
afterAll(() => s3.close());

let bucketSeq = 0;
const backends: [string, () => Promise<Backend> | Backend][] = [
  [
    "local",
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-storage-"));
      return {
        storage: createLocalStorage(path.join(dir, "media")),
        stored: () => (fs.existsSync(path.join(dir, "media")) ? files(dir) : []),
        cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
        atomicServer: true,
      };
    },
  ],
  [
    "s3",
    async () => {
      // Each test gets its own prefix-free bucket so listings start empty.
      const bucket = `contract-${process.pid}-${bucketSeq++}`;
      const storage = createS3Storage({
        endpoint: s3.endpoint,
        region: "us-east-1",
        bucket,
        accessKeyId: "S3RVER",
        secretAccessKey: "S3RVER",
        forcePathStyle: true,
      });
      await storage.client.send(new CreateBucketCommand({ Bucket: bucket }));
      return {
        storage,
        stored: async () =>
          ((await storage.client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? [])
            .map((o) => o.Key ?? "")
            .sort(),
        cleanup: () => storage.client.destroy(),
        atomicServer: false,
      };
    },
  ],
];

/** Every file under `root`, relative, sorted. */
function files(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

describe.each(backends)("FileStorage contract: %s", (driver, make) => {
  let backend: Backend;
  let storage: FileStorage;
  beforeEach(async () => {
    backend = await make();
    storage = backend.storage;
  });
  afterEach(() => backend.cleanup());
  const where = (key: string) => (driver === "local" ? path.join("media", key.slice(0, 2), key) : key);

  it("stores, reads, checks and deletes a file (sharded by the key's first two characters on disk)", async () => {
    expect(await storage.exists(KEY)).toBe(false);
    expect(await storage.read(KEY)).toBeUndefined();

    await storage.put(KEY, Buffer.from("hello"), "image/webp");
    expect(await storage.exists(KEY)).toBe(true);
    expect((await storage.read(KEY))?.toString()).toBe("hello");
    expect(await backend.stored()).toEqual([where(KEY)]);

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
    if (backend.atomicServer) for (const r of reads) if (r) expect(r.length).toBe(big.length);
    // Whoever wins, the last write is whole and nothing else is left behind.
    expect((await storage.read(KEY))?.length).toBe(big.length);
    expect(await backend.stored()).toEqual([where(KEY)]);
  });

  it("streams a large file: the first bytes arrive long before the whole of it, and a range is just those bytes", async () => {
    const size = 24 * 1024 * 1024;
    const big = Buffer.alloc(size);
    for (let i = 0; i < size; i += 4096) big.writeUInt32BE(i, i); // every 4 KiB says where it is
    await storage.put(KEY, big, "image/webp");

    const whole = await storage.stream(KEY);
    if (!whole || "unsatisfiable" in whole) throw new Error("no stream");
    expect(whole.size).toBe(size);
    expect(whole.range).toBeUndefined();
    const started = performance.now();
    let firstChunk = 0;
    let firstMs = 0;
    let received = 0;
    let same = true;
    for await (const chunk of whole.body as AsyncIterable<Buffer>) {
      if (!firstChunk) [firstChunk, firstMs] = [chunk.length, performance.now() - started];
      same &&= chunk.equals(big.subarray(received, received + chunk.length));
      received += chunk.length;
    }
    const totalMs = performance.now() - started;
    console.log(
      `${driver}: 24 MiB streamed, first ${firstChunk} B after ${firstMs.toFixed(1)} ms, all after ${totalMs.toFixed(1)} ms`,
    );
    expect(received).toBe(size);
    expect(same).toBe(true);
    // Pieces, not the file: a reader that buffered it whole would hand over one 24 MiB chunk.
    expect(firstChunk).toBeLessThanOrEqual(1024 * 1024);
    expect(firstMs).toBeLessThan(totalMs);

    const part = await storage.stream(KEY, { start: 8192, end: 8192 + 99 });
    if (!part || "unsatisfiable" in part) throw new Error("no range");
    expect(part.size).toBe(size);
    expect(part.range).toEqual({ start: 8192, end: 8291 });
    expect(Buffer.concat(await part.body.toArray())).toEqual(big.subarray(8192, 8292));
    const tail = await storage.stream(KEY, { start: size - 10 });
    if (!tail || "unsatisfiable" in tail) throw new Error("no tail");
    expect(tail.range).toEqual({ start: size - 10, end: size - 1 });
    expect(Buffer.concat(await tail.body.toArray())).toEqual(big.subarray(size - 10));
    expect(await storage.stream(KEY, { start: size })).toEqual({ unsatisfiable: true, size });

    // Stopping early leaves nothing open that would keep the test (or a server) waiting.
    const abandoned = await storage.stream(KEY);
    if (!abandoned || "unsatisfiable" in abandoned) throw new Error("no stream");
    await new Promise<void>((resolve) => abandoned.body.once("data", () => resolve()));
    abandoned.body.destroy();
    expect(await storage.stream(`${"ef".repeat(32)}-320.webp`)).toBeUndefined();
  }, 60_000);

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
    await expect(storage.stream(key)).rejects.toThrow(/Invalid storage key/);
    await expect(storage.exists(key)).rejects.toThrow(/Invalid storage key/);
    await expect(storage.delete(key)).rejects.toThrow(/Invalid storage key/);
    expect(await backend.stored()).toEqual([]);
  });

  it("accepts ordinary safe names", async () => {
    for (const key of ["a", "A1.b-c_d", "x".repeat(201)]) {
      await storage.put(key, Buffer.from(key), "application/octet-stream");
      expect((await storage.read(key))?.toString()).toBe(key);
    }
  });
});
