import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { precompressDir } from "./precompress";

describe("precompressDir", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "precompress-"));
    fs.mkdirSync(path.join(dir, "assets"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes brotli and gzip copies of text files that decompress to the original", () => {
    const js = `export const greeting = ${JSON.stringify("Chợ Phiên ".repeat(400))};\n`;
    fs.writeFileSync(path.join(dir, "assets", "index-abc123.js"), js);
    fs.writeFileSync(path.join(dir, "index.html"), `<!doctype html><title>x</title>${"<p>xin chào</p>".repeat(200)}`);

    expect(precompressDir(dir)).toEqual(["assets/index-abc123.js", "index.html"]);
    const file = path.join(dir, "assets", "index-abc123.js");
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`)).toString()).toBe(js);
    expect(zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).toString()).toBe(js);
    expect(fs.statSync(`${file}.br`).size).toBeLessThan(js.length / 10);
    expect(fs.existsSync(path.join(dir, "index.html.br"))).toBe(true);
  });

  it("leaves small files, images and source maps alone", () => {
    fs.writeFileSync(path.join(dir, "assets", "tiny.js"), "export {};\n");
    fs.writeFileSync(path.join(dir, "assets", "photo.webp"), Buffer.alloc(4096, 7));
    fs.writeFileSync(path.join(dir, "assets", "index.js.map"), "{}".repeat(2000));

    expect(precompressDir(dir)).toEqual([]);
    expect(fs.readdirSync(path.join(dir, "assets")).sort()).toEqual(["index.js.map", "photo.webp", "tiny.js"]);
  });
});
