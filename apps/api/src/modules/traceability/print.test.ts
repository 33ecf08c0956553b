import { execFile } from "node:child_process";
import path from "node:path";
import type supertest from "supertest";
import { fixedClock } from "../../lib/clock";
import { User } from "../users/user.entity";
import { authHeader, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
let http: ReturnType<typeof supertest>;
beforeAll(async () => {
  t = await startTestApp({
    clock: fixedClock(new Date("2026-11-30T03:00:00.000Z")),
    env: { PUBLIC_URL: "https://cho.example.vn" },
  });
  http = t.http;
});
afterAll(() => t.close());

/** Collects a response body as bytes, whatever its type. */
const binary = (response: unknown, done: (err: Error | null, body: Buffer) => void) => {
  const res = response as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  res.on("data", (c: Buffer) => chunks.push(c));
  res.on("end", () => done(null, Buffer.concat(chunks)));
};
/** The text of a PDF as a reader's copy-paste would give it, pages joined. */
function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const script = path.resolve(__dirname, "../../../test/scripts/pdf-text.mjs");
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [script], { maxBuffer: 16 << 20 }, (err, stdout) => {
      if (err) return reject(new Error(`pdf-text failed: ${err.message}`));
      const r = JSON.parse(stdout) as { text: string; pages: number };
      resolve({ text: r.text, pages: r.pages });
    });
    child.stdin!.end(pdf);
  });
}

async function ocopStall() {
  const owner = await buildUser(t.ds, { role: "seller", fullName: "Hồ Thị Thuỷ" });
  const stall = await buildStall(t.ds, { owner, name: "Mật ong Hướng Phùng", province: "quang-tri" });
  await buildProduct(t.ds, { stall, ocopStars: 4 });
  return { stall, owner };
}

describe("a stall's poster", () => {
  it("prints the stall's name with its accents, producer, province, OCOP stars, URL and how to pay (vi)", async () => {
    const { stall } = await ocopStall();
    const res = await http.get(`/api/stalls/${stall.slug}/poster.pdf`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    const { text, pages } = await pdfText(res.body as Buffer);
    expect(pages).toBe(1);
    for (const s of [
      "Mật ong Hướng Phùng",
      "Hồ Thị Thuỷ",
      "Quảng Trị",
      "OCOP ★★★★",
      `https://cho.example.vn/gian-hang/${stall.slug}`,
      "Chỉ thanh toán qua Chợ Phiên (VNPay/COD)",
      "10:00 30/11/2026",
    ])
      // A long URL may wrap after a hyphen (the slug's length varies with the test's unique suffix).
      expect(text.replace(/-\n/g, "-")).toContain(s);
  });

  it("comes in English and A5, and only for approved stalls", async () => {
    const { stall } = await ocopStall();
    const res = await http.get(`/api/stalls/${stall.slug}/poster.pdf?lang=en&size=a5`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const { text } = await pdfText(res.body as Buffer);
    expect(text).toContain("Mật ong Hướng Phùng");
    expect(text).toContain("Pay only through Chợ Phiên (VNPay/COD)");
    expect((res.body as Buffer).toString("latin1")).toMatch(/\/MediaBox \[0 0 419\.53 595\.28\]/);
    expect((await http.get(`/api/stalls/${stall.slug}/poster.pdf?lang=fr`)).status).toBe(400);
    const pending = await buildStall(t.ds, { status: "pending" });
    expect((await http.get(`/api/stalls/${pending.slug}/poster.pdf`)).status).toBe(404);
  });
});

describe("a batch's labels", () => {
  it("are one per package on 3 × 8 sheets, for the batch's own seller only", async () => {
    const { stall, owner } = await ocopStall();
    const product = await buildProduct(t.ds, { stall, name: "Mật ong rừng tràm" });
    const { batch } = (
      await http
        .post(`/api/seller/products/${product.id}/batches`)
        .set(authHeader(t, owner))
        .send({ lot: "MO-Đợt 2", producedOn: "2026-11-20", bestBefore: "2027-11-20", quantity: 30, unit: "hũ" })
    ).body;
    const res = await http.get(`/api/seller/batches/${batch.id}/labels.pdf`).set(authHeader(t, owner)).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const { text, pages } = await pdfText(res.body as Buffer);
    expect(pages).toBe(2); // 24 on the first sheet, 6 on the second
    expect(text.split(batch.code).length - 1).toBe(30);
    expect(text).toContain("Mật ong rừng tràm");
    expect(text).toContain("Lô/Lot: MO-Đợt 2");
    expect(text).toContain("HSD/Best before: 20/11/2027");

    const stranger = await t.ds.getRepository(User).findOneByOrFail({ id: (await buildStall(t.ds)).ownerId });
    expect((await http.get(`/api/seller/batches/${batch.id}/labels.pdf`).set(authHeader(t, stranger))).status).toBe(404);
    expect((await http.get(`/api/seller/batches/${batch.id}/labels.pdf`)).status).toBe(401);
  });
});
