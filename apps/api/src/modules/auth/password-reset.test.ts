import crypto from "node:crypto";
import { fixedClock } from "../../lib/clock";
import type { MailMessage, Mailer } from "../../lib/mail/mailer";
import { dispatchOutbox } from "../notifications/notifications.service";
import { DEFAULT_PASSWORD, buildUser, refreshCookie, uniqueEmail } from "../../../test/factories";
import { freshMigratedDatabase } from "../../../test/database";
import { TEST_JWT_SECRET, startTestApp, type TestApp } from "../../../test/harness";
import { createDataSource } from "../../db/data-source";
import { signInLinkToken } from "./sign-in-links";

// Near the real time: the mail sender skips links that expired by the wall clock.
const clock = fixedClock(new Date());
let t: TestApp;
let db: { url: string; drop: () => Promise<void> };
let ipSeq = 0;
/** Each test asks from its own address, so the per-IP limit is only met where a test means to meet it. */
const anyIp = () => `203.0.${Math.floor(++ipSeq / 250) % 250}.${(ipSeq % 250) + 1}`;
// A database of its own: these tests send what the outbox holds, and other suites' dispatchers share the run's.
beforeAll(async () => {
  db = await freshMigratedDatabase();
  const ds = await createDataSource({ url: db.url, poolSize: 4 }).initialize();
  t = await startTestApp({ ds, clock, env: { TRUST_PROXY: "1" } });
});
afterAll(async () => {
  await t.close();
  await db.drop();
});

const ask = (email: string, ip = anyIp()) => t.http.post("/api/auth/password-reset").set("X-Forwarded-For", ip).send({ email });
const confirm = (body: object) => t.http.post("/api/auth/password-reset/confirm").set("X-Forwarded-For", anyIp()).send(body);
const signIn = (email: string, password: string) =>
  t.http.post("/api/auth/login").set("X-Forwarded-For", anyIp()).send({ email, password });

/** Sends what the outbox holds and returns the reset mails to `to`, with the token of each link. */
async function resetMails(to: string): Promise<{ mail: MailMessage; token: string }[]> {
  const sent: MailMessage[] = [];
  const mailer: Mailer = { send: (m) => Promise.resolve(void sent.push(m)) };
  await dispatchOutbox(t.ds, mailer, { signInLinks: { publicUrl: t.config.publicUrl, secret: TEST_JWT_SECRET } });
  return sent
    .filter((m) => m.to === to && /đặt lại mật khẩu/.test(m.subject))
    .map((mail) => ({ mail, token: /\/dat-lai-mat-khau#token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]! }));
}

describe("forgotten passwords", () => {
  it("answer 202 alike for a known and an unknown address; only the owner gets a one-time link", async () => {
    const user = await buildUser(t.ds, { fullName: "Trần Thị Hoa" });
    const known = await ask(user.email);
    const unknown = await ask(uniqueEmail("khong-co"));
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.body).toEqual(unknown.body);
    const mails = await resetMails(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.mail.text).toContain("Chào Hoa,");
    expect(mails[0]!.mail.text).toContain("30 phút");
  });

  it("set a new password once, end every other session, and sign this device in", async () => {
    const user = await buildUser(t.ds);
    const before = await signIn(user.email, DEFAULT_PASSWORD);
    expect(before.status).toBe(200);
    await ask(user.email);
    const { token } = (await resetMails(user.email))[0]!;

    const done = await confirm({ token, password: "mot-mat-khau-moi-dai" });
    expect(done.status).toBe(200);
    expect(done.body.user.id).toBe(user.id);
    expect(refreshCookie(done)).toBeDefined();
    // The old session is over: its access token and its refresh token are refused.
    expect((await t.http.get("/api/me").set("Authorization", `Bearer ${before.body.accessToken}`)).status).toBe(401);
    const oldRefresh = refreshCookie(before)!;
    expect((await t.http.post("/api/auth/refresh").set("Cookie", `cp_refresh=${oldRefresh}`)).status).toBe(401);
    expect((await t.http.get("/api/me").set("Authorization", `Bearer ${done.body.accessToken}`)).status).toBe(200);
    expect((await signIn(user.email, DEFAULT_PASSWORD)).status).toBe(401);
    expect((await signIn(user.email, "mot-mat-khau-moi-dai")).status).toBe(200);
    // Used once: a second try is a 400 naming the token.
    const again = await confirm({ token, password: "mat-khau-khac-nua" });
    expect(again.status).toBe(400);
    expect(again.body.error.details[0].path).toBe("body.token");
  });

  it("refuse an expired link, a sign-in link's token, and a weak password (which leaves the link usable)", async () => {
    const user = await buildUser(t.ds, { fullName: "Lê Minh Khang" });
    await ask(user.email);
    const { token } = (await resetMails(user.email))[0]!;
    const weak = await confirm({ token, password: "123456789a" });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details[0].path).toBe("body.password");
    const personal = await confirm({ token, password: "khang-khang-khang" });
    expect(personal.status).toBe(400);
    expect(
      (await confirm({ token: signInLinkToken(TEST_JWT_SECRET, crypto.randomUUID(), "sign_in"), password: "mat-khau-dai-lam" }))
        .status,
    ).toBe(400);
    clock.advance(31 * 60 * 1000);
    expect((await confirm({ token, password: "mat-khau-dai-lam-roi" })).status).toBe(400);
    expect((await confirm({ token: "short", password: "mat-khau-dai-lam" })).status).toBe(400);
    expect((await confirm({ token, password: "mat-khau-dai-lam", extra: 1 })).status).toBe(400);
  });

  it("send at most three mails an address an hour, answering 202 all the same", async () => {
    const user = await buildUser(t.ds);
    for (let i = 0; i < 5; i++) expect((await ask(user.email)).status).toBe(202);
    expect(await resetMails(user.email)).toHaveLength(3);
  });
});
