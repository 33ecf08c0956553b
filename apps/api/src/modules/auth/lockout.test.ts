import crypto from "node:crypto";
import { createDataSource } from "../../db/data-source";
import { fixedClock } from "../../lib/clock";
import type { MailMessage, Mailer } from "../../lib/mail/mailer";
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from "../../lib/rate-limit";
import { dispatchOutbox } from "../notifications/notifications.service";
import { OutboxMessage } from "../notifications/outbox.entity";
import { DEFAULT_PASSWORD, buildUser, refreshCookie, uniqueEmail } from "../../../test/factories";
import { freshMigratedDatabase } from "../../../test/database";
import { TEST_JWT_SECRET, startTestApp, type TestApp } from "../../../test/harness";
import { SignInLink } from "./sign-in-link.entity";
import { SIGN_IN_LINK_TOPIC, signInLinkToken } from "./sign-in-links";

/** Behind one proxy hop, so X-Forwarded-For names the client as nginx would. */
const BEHIND_PROXY = { TRUST_PROXY: "1" };
const limits = (
  perAccount: Partial<LoginLimits["perAccount"]> = {},
  perAccountClient = DEFAULT_LOGIN_LIMITS.perAccountClient,
) => ({
  perIp: { points: 1000, seconds: 600 },
  perAccountClient,
  perAccount: { ...DEFAULT_LOGIN_LIMITS.perAccount, ...perAccount },
});
const login = (t: TestApp, email: string, password: string, ip: string) =>
  t.http.post("/api/auth/login").set("X-Forwarded-For", ip).send({ email, password });
let ipSeq = 0;
/** A fresh client address for each call (documentation ranges). */
const anyIp = () => `198.51.${Math.floor(++ipSeq / 250) % 250}.${(ipSeq % 250) + 1}`;
const linkMails = (t: TestApp, userId: string) =>
  t.ds
    .getRepository(OutboxMessage)
    .createQueryBuilder("o")
    .innerJoin(SignInLink, "l", "l.id = (o.payload->>'linkId')::uuid")
    .where("o.topic = :topic AND l.user_id = :userId", { topic: SIGN_IN_LINK_TOPIC, userId })
    .getMany();

describe("failed sign-ins are counted per (account, client)", () => {
  it("six wrong passwords from one place do not stop the owner signing in from another", async () => {
    const t = await startTestApp({ env: BEHIND_PROXY, loginLimits: limits() });
    try {
      const user = await buildUser(t.ds);
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await login(t, user.email, "wrong-guess", "203.0.113.9")).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      const blocked = await login(t, user.email, DEFAULT_PASSWORD, "203.0.113.9");
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
      expect((await login(t, user.email, DEFAULT_PASSWORD, "192.0.2.44")).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe("per-account back-off across every client", () => {
  it("makes each attempt past the free ones wait 2^k seconds (429 + Retry-After), capped, the owner included", async () => {
    const clock = fixedClock(new Date());
    const t = await startTestApp({
      env: BEHIND_PROXY,
      clock,
      loginLimits: limits({ freeFailures: 3, maxDelaySeconds: 8, alertAt: 100 }),
    });
    try {
      const user = await buildUser(t.ds);
      for (let i = 0; i < 3; i++) expect((await login(t, user.email, "wrong-guess", anyIp())).status).toBe(401);
      const waits: number[] = [];
      for (let k = 0; k < 6; k++) {
        const held = await login(t, user.email, "wrong-guess", anyIp());
        expect(held.status).toBe(429);
        waits.push(Number(held.headers["retry-after"]));
        clock.advance(waits[k]! * 1000);
        expect((await login(t, user.email, "wrong-guess", anyIp())).status).toBe(401);
      }
      expect(waits).toEqual([1, 2, 4, 8, 8, 8]);
      // The right password inside the back-off is refused too (else the 429 would tell guesses apart).
      const owner = await login(t, user.email, DEFAULT_PASSWORD, anyIp());
      expect(owner.status).toBe(429);
      clock.advance(8000);
      expect((await login(t, user.email, DEFAULT_PASSWORD, anyIp())).status).toBe(200);
      // A success resets the account: the free attempts are back.
      expect((await login(t, user.email, "wrong-guess", anyIp())).status).toBe(401);
    } finally {
      await t.close();
    }
  });

  it("lets only the free attempts through when guesses from many addresses arrive at once", async () => {
    const t = await startTestApp({ env: BEHIND_PROXY, clock: fixedClock(new Date()), loginLimits: limits({ freeFailures: 3 }) });
    try {
      const user = await buildUser(t.ds);
      const results = await Promise.all(Array.from({ length: 10 }, () => login(t, user.email, "wrong-guess", anyIp())));
      expect(results.map((r) => r.status).sort()).toEqual([401, 401, 401, 429, 429, 429, 429, 429, 429, 429]);
    } finally {
      await t.close();
    }
  });

  it("is shared by every API process on the database", async () => {
    const clock = fixedClock(new Date());
    const loginKeyPrefix = `shared${crypto.randomUUID().slice(0, 8)}:`;
    const opts = { env: BEHIND_PROXY, clock, loginKeyPrefix, loginLimits: limits({ freeFailures: 3, alertAt: 100 }) };
    const a = await startTestApp(opts);
    const b = await startTestApp(opts);
    try {
      const user = await buildUser(a.ds);
      expect((await login(a, user.email, "wrong-guess", anyIp())).status).toBe(401);
      expect((await login(b, user.email, "wrong-guess", anyIp())).status).toBe(401);
      expect((await login(a, user.email, "wrong-guess", anyIp())).status).toBe(401);
      expect((await login(b, user.email, DEFAULT_PASSWORD, anyIp())).status).toBe(429);
      const [row] = await a.ds.query<{ failures: number }[]>(`SELECT failures FROM account_lockout WHERE email_key LIKE $1`, [
        `${loginKeyPrefix}%`,
      ]);
      expect(row?.failures).toBe(3);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("answers an unknown email exactly as a known one, and mails nobody", async () => {
    const t = await startTestApp({
      env: BEHIND_PROXY,
      clock: fixedClock(new Date()),
      loginLimits: limits({ freeFailures: 2, alertAt: 2 }),
    });
    try {
      const user = await buildUser(t.ds);
      const ghost = uniqueEmail("ghost");
      const run = async (email: string) => {
        const out = [];
        for (let i = 0; i < 3; i++) out.push((await login(t, email, "wrong-guess", anyIp())).status);
        return out;
      };
      const links = () => t.ds.getRepository(OutboxMessage).countBy({ topic: SIGN_IN_LINK_TOPIC });
      const before = await links();
      const ghostAnswers = await run(ghost);
      expect(await links()).toBe(before);
      expect(await run(user.email)).toEqual(ghostAnswers);
      expect(await links()).toBe(before + 1);
      expect(await linkMails(t, user.id)).toHaveLength(1);
    } finally {
      await t.close();
    }
  });
});

describe("the one-time sign-in link", () => {
  /** Its own database: dispatchOutbox sends every pending message, and other suites write some too. */
  let db: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    db = await freshMigratedDatabase();
  });
  afterAll(() => db.drop());

  it("is mailed once when the account comes under attack, signs in once within 30 minutes and ends the back-off", async () => {
    const clock = fixedClock(new Date());
    const ds = await createDataSource({ url: db.url, poolSize: 4 }).initialize();
    const t = await startTestApp({
      ds,
      env: BEHIND_PROXY,
      clock,
      loginLimits: limits({ freeFailures: 3, alertAt: 3, maxDelaySeconds: 900 }),
    });
    try {
      const user = await buildUser(ds, { fullName: "Võ Thị Sen" });
      for (let i = 0; i < 3; i++) expect((await login(t, user.email, "wrong-guess", anyIp())).status).toBe(401);
      const alerted = clock.now().getTime();
      for (let i = 0; i < 3; i++) {
        clock.advance(60_000);
        expect((await login(t, user.email, "wrong-guess", anyIp())).status).toBe(401);
      }
      const queued = await linkMails(t, user.id);
      expect(queued).toHaveLength(1); // once per run of failures, however long it goes on
      expect((await login(t, user.email, DEFAULT_PASSWORD, anyIp())).status).toBe(429);

      const sent: MailMessage[] = [];
      const mailer: Mailer = { send: (m) => Promise.resolve(void sent.push(m)) };
      await dispatchOutbox(ds, mailer, { signInLinks: { publicUrl: t.config.publicUrl, secret: TEST_JWT_SECRET } });
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ to: user.email, subject: expect.stringMatching(/liên kết đăng nhập/) });
      const token = sent[0]!.text.match(/\/dang-nhap\/lien-ket#token=([A-Za-z0-9_-]+)/)?.[1];
      expect(token).toBeDefined();
      expect(sent[0]!.text).toContain("Chào Sen,");
      // Only a hash is stored; the mail queue holds the link's id, not its token.
      const link = await ds.getRepository(SignInLink).findOneByOrFail({ userId: user.id });
      expect(link.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(await ds.query(`SELECT * FROM sign_in_link`))).not.toContain(token);
      expect(JSON.stringify(queued[0]!.payload)).not.toContain(token);
      expect(link.expiresAt.getTime()).toBe(alerted + 30 * 60 * 1000);

      const signedIn = await t.http.post("/api/auth/unlock").set("X-Forwarded-For", anyIp()).send({ token });
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.user.id).toBe(user.id);
      expect(refreshCookie(signedIn)).toBeDefined();
      expect((await t.http.get("/api/me").set("Authorization", `Bearer ${signedIn.body.accessToken}`)).status).toBe(200);
      // Single use; the back-off is over, so the password works again at once.
      expect((await t.http.post("/api/auth/unlock").send({ token })).status).toBe(401);
      expect((await login(t, user.email, DEFAULT_PASSWORD, anyIp())).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("stops working after 30 minutes, and a forged or malformed token is refused", async () => {
    const clock = fixedClock(new Date());
    const t = await startTestApp({ env: BEHIND_PROXY, clock, loginLimits: limits({ freeFailures: 2, alertAt: 2 }) });
    try {
      const user = await buildUser(t.ds);
      for (let i = 0; i < 2; i++) await login(t, user.email, "wrong-guess", anyIp());
      const [mail] = await linkMails(t, user.id);
      const token = signInLinkToken(TEST_JWT_SECRET, (mail!.payload as { linkId: string }).linkId);
      expect(
        (await t.http.post("/api/auth/unlock").send({ token: signInLinkToken("another-secret", crypto.randomUUID()) })).status,
      ).toBe(401);
      expect((await t.http.post("/api/auth/unlock").send({ token: "short" })).status).toBe(400);
      expect((await t.http.post("/api/auth/unlock").send({ token, extra: 1 })).status).toBe(400);
      clock.advance(30 * 60 * 1000 + 1000);
      const late = await t.http.post("/api/auth/unlock").send({ token });
      expect(late.status).toBe(401);
      expect(late.body.error.message).toMatch(/expired/);
    } finally {
      await t.close();
    }
  });
});
