import crypto from "node:crypto";
import jwt from "jsonwebtoken";
import { DEFAULT_LOGIN_LIMITS, emailKey } from "../../lib/rate-limit";
import { fixedClock } from "../../lib/clock";
import { DEFAULT_PASSWORD, accessTokenFor, buildUser, refreshCookie, uniqueEmail } from "../../../test/factories";
import { TEST_JWT_SECRET, startTestApp, type TestApp } from "../../../test/harness";
import { IsNull } from "typeorm";
import { REFRESH_RETRY_GRACE_MS } from "./auth.service";
import { RefreshToken } from "./refresh-token.entity";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const register = (body: Record<string, unknown>) => t.http.post("/api/auth/register").send(body);

describe("registration", () => {
  it("creates a shopper, returns a token and sets an httpOnly, SameSite=Lax refresh cookie", async () => {
    const email = uniqueEmail("lan");
    const res = await register({
      email: email.toUpperCase(),
      password: "mat-khau-dai",
      fullName: "Nguyễn Thị Lan",
      phone: "0912345678",
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email, fullName: "Nguyễn Thị Lan", phone: "0912345678", role: "shopper" });
    expect(res.body.user).not.toHaveProperty("passwordHash");
    expect(JSON.stringify(res.body)).not.toMatch(/scrypt/);
    expect(res.body.expiresIn).toBe(900);
    const cookie = (res.headers["set-cookie"] as unknown as string[]).find((c) => c.startsWith("cp_refresh="))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    const me = await t.http.get("/api/me").set("Authorization", `Bearer ${res.body.accessToken}`);
    expect(me.body.user.email).toBe(email);
  });

  it("rejects role and isAdmin fields outright", async () => {
    for (const extra of [{ role: "admin" }, { isAdmin: true }]) {
      const res = await register({ email: uniqueEmail(), password: "mat-khau-dai", fullName: "Hacker", ...extra });
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].message).toMatch(/Unknown field/);
    }
  });

  it("enforces password length 8–128 and a valid Vietnamese phone", async () => {
    expect((await register({ email: uniqueEmail(), password: "1234567", fullName: "A" })).status).toBe(400);
    expect((await register({ email: uniqueEmail(), password: "x".repeat(129), fullName: "A" })).status).toBe(400);
    const phone = await register({ email: uniqueEmail(), password: "mat-khau-dai", fullName: "A", phone: "12345" });
    expect(phone.body.error.details).toEqual([expect.objectContaining({ path: "body.phone" })]);
  });

  it("refuses a second account with the same email (any case) with 409", async () => {
    const email = uniqueEmail();
    expect((await register({ email, password: "mat-khau-dai", fullName: "A" })).status).toBe(201);
    const dup = await register({ email: email.toUpperCase(), password: "mat-khau-dai", fullName: "B" });
    expect(dup.status).toBe(409);
  });
});

describe("login", () => {
  it("signs in with the right password", async () => {
    const user = await buildUser(t.ds);
    const res = await t.http.post("/api/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user.id).toBe(user.id);
    expect(refreshCookie(res)).toBeDefined();
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await buildUser(t.ds);
    const wrong = await t.http.post("/api/auth/login").send({ email: user.email, password: "not-the-password" });
    const unknown = await t.http.post("/api/auth/login").send({ email: uniqueEmail(), password: "not-the-password" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });
});

describe("refresh tokens", () => {
  async function signIn() {
    const user = await buildUser(t.ds);
    const res = await t.http.post("/api/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD });
    return { user, cookie: refreshCookie(res)!, access: res.body.accessToken as string };
  }

  it("rotate on every use, and are stored only as hashes", async () => {
    const { user, cookie } = await signIn();
    const r1 = await t.http.post("/api/auth/refresh").set("Cookie", cookie);
    expect(r1.status).toBe(200);
    expect(r1.body.user.id).toBe(user.id);
    const next = refreshCookie(r1)!;
    expect(next).not.toBe(cookie);
    expect((await t.http.post("/api/auth/refresh").set("Cookie", next)).status).toBe(200);
    const rows = await t.ds.getRepository(RefreshToken).find({ where: { userId: user.id } });
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(cookie).not.toContain(r.tokenHash);
  });

  it("revoke the whole family when an old token is reused after the retry grace", async () => {
    const clock = fixedClock(new Date());
    const timed = await startTestApp({ clock });
    try {
      const user = await buildUser(timed.ds);
      const login = await timed.http.post("/api/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD });
      const cookie = refreshCookie(login)!;
      const current = refreshCookie(await timed.http.post("/api/auth/refresh").set("Cookie", cookie))!;
      clock.advance(REFRESH_RETRY_GRACE_MS + 1000);
      expect((await timed.http.post("/api/auth/refresh").set("Cookie", cookie)).status).toBe(401);
      // The thief's replay also ends the legitimate holder's session.
      expect((await timed.http.post("/api/auth/refresh").set("Cookie", current)).status).toBe(401);
    } finally {
      await timed.close();
    }
  });

  it("let a client whose refresh answer was lost retry within seconds, leaving one live token", async () => {
    const { user, cookie } = await signIn();
    expect((await t.http.post("/api/auth/refresh").set("Cookie", cookie)).status).toBe(200); // answer lost on the way
    const retry = await t.http.post("/api/auth/refresh").set("Cookie", cookie);
    expect(retry.status).toBe(200);
    expect(await t.ds.getRepository(RefreshToken).count({ where: { userId: user.id, revokedAt: IsNull() } })).toBe(1);
    expect((await t.http.post("/api/auth/refresh").set("Cookie", refreshCookie(retry)!)).status).toBe(200);
  });

  it("rotate safely when the same token is sent concurrently: one live token remains", async () => {
    const { user, cookie } = await signIn();
    const results = await Promise.all([1, 2, 3, 4].map(() => t.http.post("/api/auth/refresh").set("Cookie", cookie)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(await t.ds.getRepository(RefreshToken).count({ where: { userId: user.id, revokedAt: IsNull() } })).toBe(1);
  });

  it("stop working after logout", async () => {
    const { cookie } = await signIn();
    const out = await t.http.post("/api/auth/logout").set("Cookie", cookie);
    expect(out.status).toBe(204);
    expect((await t.http.post("/api/auth/refresh").set("Cookie", cookie)).status).toBe(401);
  });

  it("are refused when missing, forged or expired", async () => {
    expect((await t.http.post("/api/auth/refresh")).status).toBe(401);
    expect((await t.http.post("/api/auth/refresh").set("Cookie", "cp_refresh=garbage")).status).toBe(401);
    const user = await buildUser(t.ds);
    const forged = jwt.sign({ sub: user.id, fam: "x", typ: "refresh" }, "another-secret", { issuer: "chophien" });
    expect((await t.http.post("/api/auth/refresh").set("Cookie", `cp_refresh=${forged}`)).status).toBe(401);
  });
});

describe("access tokens", () => {
  const me = (token: string) => t.http.get("/api/me").set("Authorization", `Bearer ${token}`);

  it("are required for /api/me", async () => {
    expect((await t.http.get("/api/me")).status).toBe(401);
    expect((await t.http.get("/api/me").set("Authorization", "Basic abc")).status).toBe(401);
  });

  it("expire after 15 minutes", async () => {
    const clock = fixedClock(new Date(Date.now() - 16 * 60 * 1000));
    const past = await startTestApp({ clock });
    const user = await buildUser(t.ds);
    const token = accessTokenFor(past, user);
    await past.close();
    const res = await me(token);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthorized");
  });

  it("signed with another key are refused", async () => {
    const user = await buildUser(t.ds);
    const token = jwt.sign({ sub: user.id, role: "admin", ver: 0, typ: "access" }, "wrong-key", {
      issuer: "chophien",
      expiresIn: 600,
    });
    expect((await me(token)).status).toBe(401);
  });

  it("with alg:none are refused", async () => {
    const user = await buildUser(t.ds, { role: "admin" });
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const now = Math.floor(Date.now() / 1000);
    const token = `${b64({ alg: "none", typ: "JWT" })}.${b64({ sub: user.id, role: "admin", ver: 0, typ: "access", iss: "chophien", iat: now, exp: now + 600 })}.`;
    expect((await me(token)).status).toBe(401);
    const hs512 = jwt.sign({ sub: user.id, role: "admin", ver: 0, typ: "access" }, TEST_JWT_SECRET, {
      algorithm: "HS512",
      issuer: "chophien",
    });
    expect((await me(hs512)).status).toBe(401);
  });

  it("cannot be replaced by a refresh token", async () => {
    const user = await buildUser(t.ds);
    const res = await t.http.post("/api/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD });
    const refresh = refreshCookie(res)!.split("=")[1]!;
    expect((await me(refresh)).status).toBe(401);
    expect((await me(res.body.accessToken)).status).toBe(200);
  });
});

describe("profile and password", () => {
  it("updates name and phone, nothing else", async () => {
    const user = await buildUser(t.ds);
    const auth = { Authorization: `Bearer ${accessTokenFor(t, user)}` };
    const ok = await t.http.patch("/api/me").set(auth).send({ fullName: "Trần Văn Bình", phone: "+84987654321" });
    expect(ok.status).toBe(200);
    expect(ok.body.user).toMatchObject({ fullName: "Trần Văn Bình", phone: "+84987654321", role: "shopper" });
    expect((await t.http.patch("/api/me").set(auth).send({ role: "admin" })).status).toBe(400);
    expect((await t.http.patch("/api/me").set(auth).send({ email: "x@y.vn" })).status).toBe(400);
    expect((await t.http.patch("/api/me").set(auth).send({})).status).toBe(400);
  });

  it("changes the password and ends the other sessions", async () => {
    const user = await buildUser(t.ds);
    const login = () => t.http.post("/api/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD });
    const other = await login();
    const here = await login();

    const wrong = await t.http
      .post("/api/me/password")
      .set("Authorization", `Bearer ${here.body.accessToken}`)
      .send({ currentPassword: "nope-nope", newPassword: "mat-khau-moi-123" });
    expect(wrong.status).toBe(400);

    const changed = await t.http
      .post("/api/me/password")
      .set("Authorization", `Bearer ${here.body.accessToken}`)
      .send({ currentPassword: DEFAULT_PASSWORD, newPassword: "mat-khau-moi-123" });
    expect(changed.status).toBe(200);

    // The other device: its refresh token and its access token are both dead.
    expect((await t.http.post("/api/auth/refresh").set("Cookie", refreshCookie(other)!)).status).toBe(401);
    expect((await t.http.get("/api/me").set("Authorization", `Bearer ${other.body.accessToken}`)).status).toBe(401);
    // This device goes on with the new tokens.
    expect((await t.http.get("/api/me").set("Authorization", `Bearer ${changed.body.accessToken}`)).status).toBe(200);
    expect((await t.http.post("/api/auth/refresh").set("Cookie", refreshCookie(changed)!)).status).toBe(200);
    expect((await login()).status).toBe(401);
    expect((await t.http.post("/api/auth/login").send({ email: user.email, password: "mat-khau-moi-123" })).status).toBe(200);
  });
});

describe("login rate limits", () => {
  it("limits failed attempts per (email, client) with 429 and Retry-After", async () => {
    const limited = await startTestApp({
      loginLimits: { ...DEFAULT_LOGIN_LIMITS, perIp: { points: 100, seconds: 60 }, perAccountClient: { points: 3, seconds: 60 } },
    });
    try {
      const user = await buildUser(limited.ds);
      for (let i = 0; i < 3; i++)
        expect((await limited.http.post("/api/auth/login").send({ email: user.email, password: "wrong-one" })).status).toBe(401);
      const blocked = await limited.http.post("/api/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
      expect(blocked.body.error.code).toBe("rate_limited");
    } finally {
      await limited.close();
    }
  });

  it("counts attempts in PostgreSQL, so two API processes share one limit", async () => {
    const limits = { ...DEFAULT_LOGIN_LIMITS, perIp: { points: 100, seconds: 60 }, perAccountClient: { points: 3, seconds: 60 } };
    const loginKeyPrefix = `shared${crypto.randomUUID().slice(0, 8)}:`;
    const a = await startTestApp({ loginLimits: limits, loginKeyPrefix });
    const b = await startTestApp({ loginLimits: limits, loginKeyPrefix });
    try {
      const user = await buildUser(a.ds);
      const wrong = (app: typeof a) => app.http.post("/api/auth/login").send({ email: user.email, password: "wrong-one" });
      expect([(await wrong(a)).status, (await wrong(b)).status, (await wrong(a)).status]).toEqual([401, 401, 401]);
      expect((await b.http.post("/api/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD })).status).toBe(429);
      const [row] = await a.ds.query<{ points: number }[]>(`SELECT points FROM login_attempt WHERE key LIKE $1`, [
        `${loginKeyPrefix}pair:${emailKey(user.email)}:%`,
      ]);
      expect(row?.points).toBe(4); // three failures and the refused fourth attempt
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("counts a wrong password for the longest email the contract allows (401, not 500)", async () => {
    const email = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(57)}.vn`;
    expect(email.length).toBeGreaterThan(250);
    const res = await t.http.post("/api/auth/login").send({ email, password: "wrong-one" });
    expect(res.status).toBe(401);
  });

  it("lets no more than the limit through when guesses for one email arrive in parallel", async () => {
    const limited = await startTestApp({
      loginLimits: { ...DEFAULT_LOGIN_LIMITS, perIp: { points: 100, seconds: 60 }, perAccountClient: { points: 3, seconds: 60 } },
    });
    try {
      const user = await buildUser(limited.ds);
      const results = await Promise.all(
        Array.from({ length: 10 }, () => limited.http.post("/api/auth/login").send({ email: user.email, password: "wrong-one" })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([401, 401, 401, 429, 429, 429, 429, 429, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it("limits attempts per IP", async () => {
    const limited = await startTestApp({
      loginLimits: { ...DEFAULT_LOGIN_LIMITS, perIp: { points: 3, seconds: 60 }, perAccountClient: { points: 100, seconds: 60 } },
    });
    try {
      for (let i = 0; i < 3; i++)
        expect((await limited.http.post("/api/auth/login").send({ email: uniqueEmail(), password: "whatever1" })).status).toBe(
          401,
        );
      const blocked = await limited.http.post("/api/auth/login").send({ email: uniqueEmail(), password: "whatever1" });
      expect(blocked.status).toBe(429);
      expect(blocked.headers["retry-after"]).toBeDefined();
    } finally {
      await limited.close();
    }
  });
});

describe("phone-only accounts", () => {
  const insert = (email: string | null, phone: string | null) =>
    t.ds.query(
      `INSERT INTO app_user (email, password_hash, full_name, role, phone_e164) VALUES ($1, NULL, 'Lê Văn Nông', 'shopper', $2)`,
      [email, phone],
    );

  it("may have no e-mail and no password, but keep one way in, with a unique E.164 number", async () => {
    const phone = `+8490${String(crypto.randomInt(10_000_000)).padStart(7, "0")}`;
    await insert(null, phone);
    await expect(insert(null, phone)).rejects.toThrow(/UQ_app_user_phone_e164/);
    await expect(insert(null, null)).rejects.toThrow(/CHK_app_user_identifier/);
    await expect(insert(null, "0905123456")).rejects.toThrow(/CHK_app_user_phone_e164/);
  });

  it("cannot sign in with a password it does not have", async () => {
    const email = uniqueEmail("khongmatkhau");
    await insert(email, null);
    const res = await t.http.post("/api/auth/login").send({ email, password: "bat-ky-mat-khau" });
    expect(res.status).toBe(401);
  });
});
