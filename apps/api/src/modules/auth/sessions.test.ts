import { fixedClock } from "../../lib/clock";
import { DEFAULT_PASSWORD, accessTokenFor, buildUser, refreshCookie } from "../../../test/factories";
import { TEST_JWT_SECRET, startTestApp, type TestApp } from "../../../test/harness";
import jwt from "jsonwebtoken";
import { REFRESH_RETRY_GRACE_MS } from "./auth.service";

// Two API processes on one database, as behind nginx.
let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await startTestApp();
  b = await startTestApp();
});
afterAll(async () => {
  await a.close();
  await b.close();
});

const me = (t: TestApp, token: string) => t.http.get("/api/me").set("Authorization", `Bearer ${token}`);
async function signIn(t: TestApp, email: string, password = DEFAULT_PASSWORD) {
  const res = await t.http.post("/api/auth/login").send({ email, password });
  expect(res.status).toBe(200);
  return { access: res.body.accessToken as string, cookie: refreshCookie(res)! };
}

/** Polls until `t` refuses `token`; the time it took, in ms (fails after 1 s). */
/**
 * How soon another process refuses an ended session's token. NOTIFY brings it in milliseconds; the bound is wide
 * (one request of a loaded 2-core machine can take a second) — what it tests is that it happens, not how fast.
 */
const PROPAGATION_MS = 5000;
async function refusedWithin(t: TestApp, token: string, limitMs = PROPAGATION_MS): Promise<number> {
  const start = Date.now();
  for (;;) {
    const status = (await me(t, token)).status;
    const elapsed = Date.now() - start;
    if (status === 401) return elapsed;
    if (elapsed > limitMs) throw new Error(`token still accepted after ${elapsed} ms (status ${status})`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("access tokens carry their session", () => {
  it("as `sid`, the refresh-token family, and a token without one is refused", async () => {
    const user = await buildUser(a.ds);
    const { access } = await signIn(a, user.email);
    expect(jwt.decode(access)).toMatchObject({ sid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const noSid = jwt.sign({ sub: user.id, role: user.role, ver: user.tokenVersion, typ: "access" }, TEST_JWT_SECRET, {
      issuer: "chophien",
      expiresIn: 600,
    });
    expect((await me(a, noSid)).status).toBe(401);
  });
});

describe("signing out", () => {
  it("ends the session's access tokens at once, on this process and on every other within a second", async () => {
    const user = await buildUser(a.ds);
    const session = await signIn(a, user.email);
    const other = await signIn(a, user.email);
    expect((await me(b, session.access)).status).toBe(200);

    expect((await a.http.post("/api/auth/logout").set("Cookie", session.cookie)).status).toBe(204);
    expect((await me(a, session.access)).status).toBe(401);
    expect(await refusedWithin(b, session.access)).toBeLessThanOrEqual(PROPAGATION_MS + 1000);
    // Another device of the same user goes on.
    expect((await me(b, other.access)).status).toBe(200);
  });

  it("with only the access token ends its session too", async () => {
    const user = await buildUser(a.ds);
    const { access, cookie } = await signIn(b, user.email);
    expect((await a.http.post("/api/auth/logout").set("Authorization", `Bearer ${access}`)).status).toBe(204);
    expect(await refusedWithin(b, access)).toBeLessThanOrEqual(PROPAGATION_MS + 1000);
    expect((await b.http.post("/api/auth/refresh").set("Cookie", cookie)).status).toBe(401);
  });

  it("is remembered by a process started afterwards (the set lives in PostgreSQL)", async () => {
    const user = await buildUser(a.ds);
    const { access, cookie } = await signIn(a, user.email);
    await a.http.post("/api/auth/logout").set("Cookie", cookie);
    const late = await startTestApp();
    try {
      expect((await me(late, access)).status).toBe(401);
      expect((await me(late, accessTokenFor(late, user))).status).toBe(200);
    } finally {
      await late.close();
    }
  });
});

describe("changing the password", () => {
  it("ends every session's access tokens on every process; this device continues with the new tokens", async () => {
    const user = await buildUser(a.ds);
    const here = await signIn(a, user.email);
    const phone = await signIn(b, user.email);
    const changed = await a.http
      .post("/api/me/password")
      .set("Authorization", `Bearer ${here.access}`)
      .send({ currentPassword: DEFAULT_PASSWORD, newPassword: "nui-ngu-song-huong-9" });
    expect(changed.status).toBe(200);
    expect(await refusedWithin(b, phone.access)).toBeLessThanOrEqual(PROPAGATION_MS + 1000);
    expect(await refusedWithin(b, here.access)).toBeLessThanOrEqual(PROPAGATION_MS + 1000);
    expect((await me(b, changed.body.accessToken)).status).toBe(200);
    expect((await b.http.post("/api/auth/refresh").set("Cookie", refreshCookie(changed)!)).status).toBe(200);
  });
});

describe("a stolen refresh token", () => {
  it("replayed after the grace ends the family's access tokens too", async () => {
    const clock = fixedClock(new Date());
    const timed = await startTestApp({ clock });
    try {
      const user = await buildUser(timed.ds);
      const { cookie } = await signIn(timed, user.email);
      const rotated = await timed.http.post("/api/auth/refresh").set("Cookie", cookie);
      const access = rotated.body.accessToken as string;
      clock.advance(REFRESH_RETRY_GRACE_MS + 1000);
      expect((await me(timed, access)).status).toBe(200);
      expect((await timed.http.post("/api/auth/refresh").set("Cookie", cookie)).status).toBe(401);
      expect((await me(timed, access)).status).toBe(401);
    } finally {
      await timed.close();
    }
  });
});
