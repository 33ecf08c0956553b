import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fixedClock } from "../../lib/clock";
import { type SqlPool, throttle } from "../../lib/rate-limit";
import { createOutboxSms, readSmsOutbox } from "../../lib/sms/sms";
import { startTestApp, type TestApp } from "../../../test/harness";
import { OtpCode } from "./otp-code.entity";
import { OtpCodes } from "./otp";

let t: TestApp;
let dir: string;
const clock = fixedClock(new Date());
beforeAll(async () => {
  t = await startTestApp({ clock });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "otp-sms-"));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh set of codes and counters (a unique prefix), as one API process would have; `twin` shares the counters. */
function otp(limits = { phone: 3, ip: 10 }, prefix = `otp${crypto.randomUUID().slice(0, 8)}:`) {
  const store = { pool: (t.ds.driver as unknown as { master: SqlPool }).master, prefix };
  return new OtpCodes({
    ds: t.ds,
    sms: createOutboxSms(dir, () => clock.now()),
    clock,
    secret: "test-otp-secret",
    throttles: { perPhone: throttle(store, "otp-phone", limits.phone, 3600), perIp: throttle(store, "otp-ip", limits.ip, 3600) },
  });
}
const randomPhone = () => `09${String(crypto.randomInt(10_000_000, 99_999_999))}`;
async function lastCode(e164: string): Promise<string> {
  const mine = (await readSmsOutbox(dir)).filter((m) => m.to === e164);
  return /(\d{6})/.exec(mine.at(-1)!.text)![1]!;
}

describe("SMS sign-in codes", () => {
  it("texts a 6-digit code to the normalised number and stores only its hash", async () => {
    const codes = otp();
    const local = randomPhone();
    const e164 = `+84${local.slice(1)}`;
    await codes.send(local, "10.0.0.1");
    const code = await lastCode(e164);
    expect(code).toMatch(/^\d{6}$/);
    const row = await t.ds.getRepository(OtpCode).findOneByOrFail({ phoneE164: e164 });
    expect(row.codeHash).not.toContain(code);
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    // 0905…, +84905… and 84905… are one person.
    expect(await codes.verify(`84${local.slice(1)}`, code)).toBe(e164);
  });

  it("works once", async () => {
    const codes = otp();
    const phone = randomPhone();
    await codes.send(phone, "10.0.0.2");
    const code = await lastCode(`+84${phone.slice(1)}`);
    await codes.verify(phone, code);
    await expect(codes.verify(phone, code)).rejects.toMatchObject({ status: 400 });
  });

  it("expires after 5 minutes", async () => {
    const codes = otp();
    const phone = randomPhone();
    await codes.send(phone, "10.0.0.3");
    const code = await lastCode(`+84${phone.slice(1)}`);
    clock.advance(5 * 60_000 + 1000);
    await expect(codes.verify(phone, code)).rejects.toMatchObject({ status: 400 });
  });

  it("is burnt by 5 wrong tries, even tried concurrently, and then the right code fails too", async () => {
    const codes = otp();
    const phone = randomPhone();
    await codes.send(phone, "10.0.0.4");
    const code = await lastCode(`+84${phone.slice(1)}`);
    const wrong = code === "000000" ? "111111" : "000000";
    const tries = await Promise.allSettled(Array.from({ length: 8 }, () => codes.verify(phone, wrong)));
    expect(tries.every((r) => r.status === "rejected")).toBe(true);
    const row = await t.ds.getRepository(OtpCode).findOneByOrFail({ phoneE164: `+84${phone.slice(1)}` });
    expect(row.attempts).toBe(5);
    await expect(codes.verify(phone, code)).rejects.toMatchObject({ status: 400 });
  });

  it("answers a wrong code and an unknown number alike", async () => {
    const codes = otp();
    const never = randomPhone();
    const a = await codes.verify(never, "123456").catch((e: Error) => e.message);
    const phone = randomPhone();
    await codes.send(phone, "10.0.0.5");
    const b = await codes.verify(phone, "12345a").catch((e: Error) => e.message);
    expect(a).toBe(b);
    await expect(codes.verify("12345", "123456")).rejects.toMatchObject({ status: 400 });
  });

  it("limits sends per number and per IP, shared by two processes on one database", async () => {
    const prefix = `otp${crypto.randomUUID().slice(0, 8)}:`;
    const one = otp({ phone: 3, ip: 4 }, prefix);
    const two = otp({ phone: 3, ip: 4 }, prefix);
    const phone = randomPhone();
    await one.send(phone, "10.0.1.1");
    await two.send(`+84${phone.slice(1)}`, "10.0.1.2");
    await one.send(phone, "10.0.1.3");
    await expect(two.send(phone, "10.0.1.4")).rejects.toMatchObject({ status: 429 });
    const ip = "10.0.2.1";
    for (let i = 0; i < 4; i++) await (i % 2 ? one : two).send(randomPhone(), ip);
    await expect(one.send(randomPhone(), ip)).rejects.toMatchObject({ status: 429 });
  });

  it("a new code replaces the old one", async () => {
    const codes = otp();
    const phone = randomPhone();
    await codes.send(phone, "10.0.3.1");
    const first = await lastCode(`+84${phone.slice(1)}`);
    clock.advance(1000);
    await codes.send(phone, "10.0.3.1");
    const second = await lastCode(`+84${phone.slice(1)}`);
    if (first !== second) await expect(codes.verify(phone, first)).rejects.toMatchObject({ status: 400 });
    expect(await codes.verify(phone, second)).toBe(`+84${phone.slice(1)}`);
  });
});

describe("POST /api/auth/otp", () => {
  it("answers 202 alike for any valid number, writes the SMS to the outbox, and 400 for a non-number", async () => {
    const phone = randomPhone();
    const res = await t.http.post("/api/auth/otp").send({ phone });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ sent: true, expiresInSeconds: 300 });
    const other = await t.http.post("/api/auth/otp").send({ phone: randomPhone() });
    expect(other.status).toBe(202);
    expect(other.body).toEqual(res.body);
    const outbox = await readSmsOutbox(path.join(t.config.dataDir, "sms"));
    expect(outbox.find((m) => m.to === `+84${phone.slice(1)}`)?.text).toMatch(/\d{6}/);
    expect((await t.http.post("/api/auth/otp").send({ phone: "12345678901" })).status).toBe(400);
    expect((await t.http.post("/api/auth/otp").send({ phone, extra: 1 })).status).toBe(400);
  });
});
