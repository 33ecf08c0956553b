import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import express from "express";
import { startTestApp, type TestApp } from "../../test/harness";
import { compressResponses, pickEncoding } from "./compress";
import { spaRoutes } from "./spa";

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they came over the wire (not decompressed). */
  body: Buffer;
}

/** A GET through a real socket, body left as sent, so the test sees exactly what a browser receives. */
function rawGet(origin: string, url: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding };
    http
      .get(origin + url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

const decode = (r: Raw) =>
  r.headers["content-encoding"] === "br"
    ? zlib.brotliDecompressSync(r.body)
    : r.headers["content-encoding"] === "gzip"
      ? zlib.gunzipSync(r.body)
      : r.body;

async function listen(app: express.Express): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer(app);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

describe("pickEncoding", () => {
  it("prefers brotli, honours q=0 and *, and offers only the copies that exist", () => {
    expect(pickEncoding("gzip, deflate, br, zstd", ["br", "gzip"])).toBe("br");
    expect(pickEncoding("gzip, deflate", ["br", "gzip"])).toBe("gzip");
    expect(pickEncoding("br;q=0, gzip;q=0.5", ["br", "gzip"])).toBe("gzip");
    expect(pickEncoding("*", ["br", "gzip"])).toBe("br");
    expect(pickEncoding("*, br;q=0", ["br", "gzip"])).toBe("gzip");
    expect(pickEncoding("br", ["gzip"])).toBeUndefined();
    expect(pickEncoding("identity", ["br", "gzip"])).toBeUndefined();
    expect(pickEncoding(undefined, ["br", "gzip"])).toBeUndefined();
  });
});

describe("API answers over the wire", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ listen: true });
  });
  afterAll(() => t.close());

  it.each([
    ["br", "br"],
    ["gzip, deflate", "gzip"],
  ])("compresses JSON of 1 KB or more for Accept-Encoding %s", async (accept, encoding) => {
    const plain = await rawGet(t.url!, "/api/openapi.json", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);

    const res = await rawGet(t.url!, "/api/openapi.json", accept);
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe(encoding);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(decode(res).toString())).toEqual(JSON.parse(plain.body.toString()));
  });

  it("sends JSON as it is without Accept-Encoding, and small answers uncompressed", async () => {
    const none = await rawGet(t.url!, "/api/openapi.json");
    expect(none.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(none.body.toString()).openapi).toMatch(/^3\./);

    const small = await rawGet(t.url!, "/api/health", "br, gzip");
    expect(small.status).toBe(200);
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toHaveProperty("status");
  });
});

describe("server-sent events", () => {
  it("are not compressed, so each event arrives as soon as it is written", async () => {
    const app = express();
    app.use(compressResponses());
    app.get("/events", (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
      res.write(`data: ${JSON.stringify({ hello: "x".repeat(2000) })}\n\n`);
      // Never ends: the client must see the event without the stream closing.
    });
    const s = await listen(app);
    try {
      const first = await new Promise<{ headers: http.IncomingHttpHeaders; chunk: string }>((resolve, reject) => {
        const req = http.get(`${s.origin}/events`, { headers: { "Accept-Encoding": "br, gzip" } }, (res) => {
          res.once("data", (c: Buffer) => {
            resolve({ headers: res.headers, chunk: c.toString() });
            req.destroy();
          });
        });
        req.on("error", reject);
        setTimeout(() => reject(new Error("no event within 2 s")), 2000).unref();
      });
      expect(first.headers["content-encoding"]).toBeUndefined();
      expect(first.chunk).toMatch(/^data: \{"hello":"x+/);
    } finally {
      await s.close();
    }
  });
});

describe("front-end files", () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-dist-"));
  const script = `console.log(${JSON.stringify("Chợ Phiên ".repeat(500))});\n`;
  const html = `<!doctype html><html><head><title>Chợ Phiên</title></head><body>${"<p>chào</p>".repeat(300)}</body></html>`;
  let s: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, "assets"));
    const write = (file: string, text: string, encodings: ("br" | "gz")[]) => {
      fs.writeFileSync(path.join(dist, file), text);
      if (encodings.includes("br")) fs.writeFileSync(path.join(dist, `${file}.br`), zlib.brotliCompressSync(text));
      if (encodings.includes("gz")) fs.writeFileSync(path.join(dist, `${file}.gz`), zlib.gzipSync(text));
    };
    write("assets/index-abc.js", script, ["br", "gz"]);
    write("assets/only-gzip-abc.js", script, ["gz"]);
    write("assets/tiny-abc.js", "export {};\n", []);
    write("index.html", html, ["br", "gz"]);
    const app = express();
    app.use(compressResponses());
    app.use("/", spaRoutes(dist, "storefront"));
    s = await listen(app);
  });
  afterAll(async () => {
    await s.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    ["br", "br"],
    ["gzip, deflate, br", "br"],
    ["gzip", "gzip"],
  ])("sends a script's build-time copy for Accept-Encoding %s", async (accept, encoding) => {
    const res = await rawGet(s.origin, "/assets/index-abc.js", accept);
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe(encoding);
    expect(res.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers["cache-control"]).toMatch(/max-age=31536000.*immutable/);
    const file = encoding === "br" ? "assets/index-abc.js.br" : "assets/index-abc.js.gz";
    expect(res.body.equals(fs.readFileSync(path.join(dist, file)))).toBe(true);
    expect(decode(res).toString()).toBe(script);
  });

  it("sends the script as it is, still varying, to a client that accepts no compression", async () => {
    for (const accept of [undefined, "identity", "br;q=0, gzip;q=0"]) {
      const res = await rawGet(s.origin, "/assets/index-abc.js", accept);
      expect(res.headers["content-encoding"]).toBeUndefined();
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(res.body.toString()).toBe(script);
    }
  });

  it("falls back to gzip when only that copy exists, and to the file itself for a small one", async () => {
    const gz = await rawGet(s.origin, "/assets/only-gzip-abc.js", "br, gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(decode(gz).toString()).toBe(script);
    const tiny = await rawGet(s.origin, "/assets/tiny-abc.js", "br, gzip");
    expect(tiny.headers["content-encoding"]).toBeUndefined();
    expect(tiny.body.toString()).toBe("export {};\n");
    expect((await rawGet(s.origin, "/assets/missing.js", "br")).status).toBe(404);
    const outside = await rawGet(s.origin, "/assets/..%2f..%2fetc%2fpasswd", "br");
    expect([403, 404]).toContain(outside.status);
    expect(outside.body.toString()).not.toMatch(/root:/);
  });

  it("sends index.html compressed for client-side routes, not cached", async () => {
    for (const [accept, encoding] of [
      ["br", "br"],
      ["gzip", "gzip"],
      ["identity", undefined],
    ] as const) {
      const res = await rawGet(s.origin, "/san-pham/ca-phe-khe-sanh", accept);
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.headers["content-encoding"]).toBe(encoding);
      expect(res.headers["cache-control"]).toBe("no-cache");
      expect(decode(res).toString()).toBe(html);
    }
  });
});
