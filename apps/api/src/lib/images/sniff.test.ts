import { sniffImageType } from "./sniff";

const bytes = (...b: number[]) => Buffer.from(b);
const text = (s: string) => Buffer.from(s, "latin1");

describe("sniffImageType", () => {
  it("recognises JPEG, PNG and WebP by their magic bytes", () => {
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe("jpeg");
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toBe("png");
    expect(sniffImageType(text("RIFF\x24\x00\x00\x00WEBPVP8 "))).toBe("webp");
  });

  it("works on a view into a larger buffer", () => {
    const big = Buffer.concat([text("junk"), bytes(0xff, 0xd8, 0xff, 0xdb)]);
    expect(sniffImageType(big.subarray(4))).toBe("jpeg");
    expect(sniffImageType(new Uint8Array(big.buffer, big.byteOffset + 4, 4))).toBe("jpeg");
  });

  it.each([
    ["SVG", text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["SVG with an XML prolog", text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["GIF", text("GIF89a\x01\x00\x01\x00")],
    ["HEIC", Buffer.concat([bytes(0, 0, 0, 0x18), text("ftypheic\x00\x00\x00\x00mif1heic")])],
    ["a shell script", text("#!/bin/sh\nrm -rf /")],
    ["a PDF", text("%PDF-1.7\n%\xe2\xe3\xcf\xd3")],
    ["HTML", text("<!doctype html><script>alert(1)</script>")],
    ["a WAV (RIFF but not WEBP)", text("RIFF\x24\x00\x00\x00WAVEfmt ")],
    ["a polyglot with leading junk", Buffer.concat([text("GIF89a"), bytes(0xff, 0xd8, 0xff, 0xe0)])],
    ["a truncated PNG signature", bytes(0x89, 0x50, 0x4e, 0x47)],
    ["two JPEG bytes", bytes(0xff, 0xd8)],
    ["RIFF alone", text("RIFF")],
    ["nothing", Buffer.alloc(0)],
  ])("refuses %s", (_name, input) => {
    expect(sniffImageType(input)).toBeUndefined();
  });
});
