import crypto from "node:crypto";
import path from "node:path";
import { readSmsOutbox } from "../../lib/sms/sms";
import { startTestApp, type TestApp } from "../../../test/harness";
import { authHeader, buildUser, DEFAULT_PASSWORD, refreshCookie } from "../../../test/factories";
import { User } from "../users/user.entity";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const randomPhone = () => `09${String(crypto.randomInt(10_000_000, 99_999_999))}`;
const e164 = (local: string) => `+84${local.slice(1)}`;
async function textedCode(phone: string): Promise<string> {
  const mine = (await readSmsOutbox(path.join(t.config.dataDir, "sms"))).filter((m) => m.to === e164(phone));
  return /(\d{6})/.exec(mine.at(-1)!.text)![1]!;
}
async function askCode(phone: string): Promise<string> {
  expect((await t.http.post("/api/auth/otp").send({ phone })).status).toBe(202);
  return textedCode(phone);
}

describe("POST /api/auth/otp/verify", () => {
  it("creates a shopper on first use with the verified number, signs in like a password sign-in, and finds her again", async () => {
    const phone = randomPhone();
    const first = await t.http.post("/api/auth/otp/verify").send({ phone, code: await askCode(phone) });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      user: expect.objectContaining({ email: null, phoneE164: e164(phone), role: "shopper" }),
      accessToken: expect.any(String),
      expiresIn: expect.any(Number),
    });
    expect(refreshCookie(first)).toBeDefined();
    const me = await t.http.get("/api/me").set("Authorization", `Bearer ${first.body.accessToken}`);
    expect(me.body.user.id).toBe(first.body.user.id);
    const row = await t.ds
      .getRepository(User)
      .createQueryBuilder("u")
      .addSelect("u.passwordHash")
      .where({ id: me.body.user.id })
      .getOneOrFail();
    expect(row.passwordHash).toBeNull();
    expect(row.phoneVerifiedAt).toBeInstanceOf(Date);

    // 0905…, +84905… and 84905… are one person.
    for (const spelled of [e164(phone), e164(phone).slice(1), `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`]) {
      expect((await t.http.post("/api/auth/otp").send({ phone: spelled })).status).toBe(202);
      const again = await t.http.post("/api/auth/otp/verify").send({ phone: spelled, code: await textedCode(phone) });
      expect(again.status).toBe(200);
      expect(again.body.user.id).toBe(first.body.user.id);
    }
    expect(await t.ds.getRepository(User).countBy({ phoneE164: e164(phone) })).toBe(1);
  });

  it("answers a wrong code, an expired or spent one and a number never texted with the same 400, and counts tries", async () => {
    const phone = randomPhone();
    const code = await askCode(phone);
    const wrong = code === "000000" ? "111111" : "000000";
    const bad = await t.http.post("/api/auth/otp/verify").send({ phone, code: wrong });
    const unknown = await t.http.post("/api/auth/otp/verify").send({ phone: randomPhone(), code: wrong });
    expect(bad.status).toBe(400);
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual(bad.body);
    expect(bad.body.error.message).toMatch(/wrong or has expired/);
    // Four more wrong tries burn the code: the right one no longer works.
    for (let i = 0; i < 4; i++) await t.http.post("/api/auth/otp/verify").send({ phone, code: wrong });
    const burnt = await t.http.post("/api/auth/otp/verify").send({ phone, code });
    expect(burnt.status).toBe(400);
    expect(burnt.body).toEqual(bad.body);
    // A used code does not work twice.
    const fresh = await askCode(phone);
    expect((await t.http.post("/api/auth/otp/verify").send({ phone, code: fresh })).status).toBe(200);
    expect((await t.http.post("/api/auth/otp/verify").send({ phone, code: fresh })).body).toEqual(bad.body);
  });

  it("refuses malformed bodies with 400 and leaves e-mail sign-in as it was", async () => {
    expect((await t.http.post("/api/auth/otp/verify").send({ phone: "12345", code: "123456" })).status).toBe(400);
    expect((await t.http.post("/api/auth/otp/verify").send({ phone: randomPhone() })).status).toBe(400);
    const user = await buildUser(t.ds);
    expect((await t.http.post("/api/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD })).status).toBe(200);
  });
});

describe("POST /api/me/phone", () => {
  it("adds a verified number to an e-mail account, which then signs in by SMS as the same account", async () => {
    const user = await buildUser(t.ds);
    const phone = randomPhone();
    expect((await t.http.post("/api/me/phone").set(authHeader(t, user)).send({ phone })).status).toBe(202);
    const wrong = await t.http.post("/api/me/phone/verify").set(authHeader(t, user)).send({ phone, code: "abc" });
    expect(wrong.status).toBe(400);
    const ok = await t.http
      .post("/api/me/phone/verify")
      .set(authHeader(t, user))
      .send({ phone, code: await textedCode(phone) });
    expect(ok.status).toBe(200);
    expect(ok.body.user).toMatchObject({ id: user.id, email: user.email, phoneE164: e164(phone) });
    const bySms = await t.http.post("/api/auth/otp/verify").send({ phone, code: await askCode(phone) });
    expect(bySms.body.user.id).toBe(user.id);
  });

  it("answers 409 when another account already signs in with the number, and 401 without a token", async () => {
    const phone = randomPhone();
    await t.http.post("/api/auth/otp/verify").send({ phone, code: await askCode(phone) });
    const other = await buildUser(t.ds);
    await t.http.post("/api/me/phone").set(authHeader(t, other)).send({ phone });
    const taken = await t.http
      .post("/api/me/phone/verify")
      .set(authHeader(t, other))
      .send({ phone, code: await textedCode(phone) });
    expect(taken.status).toBe(409);
    expect((await t.ds.getRepository(User).findOneByOrFail({ id: other.id })).phoneE164).toBeNull();
    expect((await t.http.post("/api/me/phone").send({ phone })).status).toBe(401);
  });
});
