import crypto from "node:crypto";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import sharp from "sharp";
import { authHeader, buildCategory, buildStall, unique } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { startTestS3, type TestS3 } from "../../../test/s3";
import { User } from "../../modules/users/user.entity";
import { createS3Storage } from "./s3-storage";

let s3: TestS3;
beforeAll(async () => {
  s3 = await startTestS3("media-api");
});
afterAll(() => s3.close());

const png = () =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: "#2e7d32" } })
    .png()
    .toBuffer();

async function uploadImage(t: TestApp): Promise<string[]> {
  const stall = await buildStall(t.ds);
  const seller = await t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
  const category = await buildCategory(t.ds);
  const h = authHeader(t, seller);
  const product = await t.http
    .post("/api/seller/products")
    .set(h)
    .send({ name: `Chè Thái Nguyên ${unique()}`, categoryId: category.id, price: 120000, unit: "gói", stock: 5 });
  expect(product.status).toBe(201);
  const up = await t.http
    .post(`/api/seller/products/${product.body.product.id}/images`)
    .set(h)
    .attach("image", await png(), "che.png");
  expect(up.status).toBe(201);
  return up.body.image.variants.map((v: { url: string }) => v.url);
}

describe("STORAGE_DRIVER=s3", () => {
  it("writes image variants to the bucket and serves them through /media with immutable caching", async () => {
    const t = await startTestApp({ env: s3.env });
    try {
      const urls = await uploadImage(t);
      expect(urls.length).toBeGreaterThan(0);
      const names = urls.map((u) => new URL(u, "http://x").pathname.replace(/^\/media\//, ""));
      const client = createS3Storage({ ...s3Config(), publicUrl: undefined }).client;
      const listed = (await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }))).Contents?.map((o) => o.Key);
      expect(listed).toEqual(expect.arrayContaining(names));
      client.destroy();

      for (const name of names) {
        const res = await t.http.get(`/media/${name}`).buffer(true);
        expect(res.status).toBe(200);
        expect(res.headers["content-type"]).toBe("image/webp");
        expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
        expect(res.headers.etag).toBe(`"${name}"`);
        expect((await sharp(res.body as Buffer).metadata()).format).toBe("webp");
        const again = await t.http.get(`/media/${name}`).set("If-None-Match", `"${name}"`);
        expect(again.status).toBe(304);
      }
      const missing = `${"0".repeat(64)}-320.webp`;
      expect((await t.http.get(`/media/${missing}`)).status).toBe(404);
    } finally {
      await t.close();
    }
  });

  it("pipes a large object from the bucket to the client as it arrives, with its length, and answers simple ranges", async () => {
    const t = await startTestApp({ env: s3.env, listen: true });
    const storage = createS3Storage(s3Config());
    try {
      const name = `${"5e".repeat(32)}-900.webp`;
      const size = 16 * 1024 * 1024;
      const big = crypto.randomBytes(size);
      await storage.put(name, big, "image/webp");

      const started = performance.now();
      const res = await fetch(`${t.url}/media/${name}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-length")).toBe(String(size));
      expect(res.headers.get("accept-ranges")).toBe("bytes");
      expect(res.headers.get("etag")).toBe(`"${name}"`);
      const reader = res.body!.getReader();
      const chunks: Uint8Array[] = [];
      let firstMs = 0;
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        if (!chunks.length) firstMs = performance.now() - started;
        chunks.push(r.value);
      }
      const totalMs = performance.now() - started;
      console.log(
        `/media from S3: 16 MiB in ${chunks.length} chunks, first after ${firstMs.toFixed(1)} ms, all after ${totalMs.toFixed(1)} ms`,
      );
      expect(Buffer.concat(chunks).equals(big)).toBe(true);
      expect(chunks.length).toBeGreaterThan(1);
      expect(firstMs).toBeLessThan(totalMs);

      const part = await fetch(`${t.url}/media/${name}`, { headers: { Range: "bytes=100-199" } });
      expect(part.status).toBe(206);
      expect(part.headers.get("content-range")).toBe(`bytes 100-199/${size}`);
      expect(part.headers.get("content-length")).toBe("100");
      expect(Buffer.from(await part.arrayBuffer()).equals(big.subarray(100, 200))).toBe(true);
      const open = await fetch(`${t.url}/media/${name}`, { headers: { Range: `bytes=${size - 5}-` } });
      expect(open.status).toBe(206);
      expect(Buffer.from(await open.arrayBuffer()).equals(big.subarray(size - 5))).toBe(true);
      const past = await fetch(`${t.url}/media/${name}`, { headers: { Range: `bytes=${size}-` } });
      expect(past.status).toBe(416);
      expect(past.headers.get("content-range")).toBe(`bytes */${size}`);
      await past.arrayBuffer();
      const head = await fetch(`${t.url}/media/${name}`, { method: "HEAD" });
      expect(head.status).toBe(200);
      expect(head.headers.get("content-length")).toBe(String(size));
      expect((await head.arrayBuffer()).byteLength).toBe(0);
      // Several ranges are not simple: the whole object, as if no Range had been sent.
      const many = await fetch(`${t.url}/media/${name}`, { headers: { Range: "bytes=0-1,5-6" } });
      expect(many.status).toBe(200);
      expect((await many.arrayBuffer()).byteLength).toBe(size);
    } finally {
      storage.client.destroy();
      await t.close();
    }
  });

  it("redirects /media to S3_PUBLIC_URL when the bucket is public", async () => {
    const publicUrl = `${s3.endpoint}/${s3.bucket}`;
    const t = await startTestApp({ env: { ...s3.env, S3_PUBLIC_URL: publicUrl } });
    try {
      const [url] = await uploadImage(t);
      const name = new URL(url!, "http://x").pathname.replace(/^\/media\//, "");
      const res = await t.http.get(`/media/${name}`);
      expect(res.status).toBe(302);
      expect(res.headers.location).toBe(`${publicUrl}/${name}`);
      expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      // The public URL really has the bytes (s3rver serves anonymous GETs like a public bucket).
      const direct = await fetch(res.headers.location!);
      expect(direct.status).toBe(200);
      expect((await sharp(Buffer.from(await direct.arrayBuffer())).metadata()).format).toBe("webp");
    } finally {
      await t.close();
    }
  });
});

function s3Config() {
  return {
    endpoint: s3.endpoint,
    region: "us-east-1",
    bucket: s3.bucket,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  };
}
