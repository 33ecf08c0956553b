import type { DataSource } from "typeorm";
import { createDataSource } from "../../db/data-source";
import type { Mailer, MailMessage } from "../../lib/mail/mailer";
import { dispatchOutbox } from "../notifications/notifications.service";
import { OutboxMessage } from "../notifications/outbox.entity";
import { authHeader, buildStall, buildUser } from "../../../test/factories";
import { freshMigratedDatabase } from "../../../test/database";
import { startTestApp, type TestApp } from "../../../test/harness";
import { FOLLOW_LIVE_TOPIC } from "./follow-notices";
import { queueFollowersLiveSessionMail } from "./follows.service";

// A database of our own: the dispatch below takes every pending outbox message.
let db: { url: string; drop: () => Promise<void> };
let ds: DataSource;
let t: TestApp;
beforeAll(async () => {
  db = await freshMigratedDatabase();
  ds = await createDataSource({ url: db.url, poolSize: 4 }).initialize();
  t = await startTestApp({ ds });
});
afterAll(async () => {
  await t.close();
  await ds.destroy().catch(() => {});
  await db.drop();
});

const follow = (slug: string, user: Parameters<typeof authHeader>[1]) =>
  t.http.post(`/api/stalls/${slug}/follow`).set(authHeader(t, user));
const unfollow = (slug: string, user: Parameters<typeof authHeader>[1]) =>
  t.http.delete(`/api/stalls/${slug}/follow`).set(authHeader(t, user));

function recordingMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, send: (msg) => Promise.resolve(void sent.push(msg)) };
}

describe("following a stall", () => {
  it("follows and unfollows idempotently, counting followers", async () => {
    const stall = await buildStall(ds);
    const [lan, hung] = [await buildUser(ds), await buildUser(ds)];
    expect((await follow(stall.slug, lan)).body).toEqual({ following: true, followerCount: 1 });
    expect((await follow(stall.slug, lan)).body).toEqual({ following: true, followerCount: 1 });
    expect((await follow(stall.slug, hung)).body).toEqual({ following: true, followerCount: 2 });
    const state = await t.http.get(`/api/stalls/${stall.slug}/follow`).set(authHeader(t, lan));
    expect(state.body).toEqual({ following: true, followerCount: 2 });
    expect((await unfollow(stall.slug, lan)).body).toEqual({ following: false, followerCount: 1 });
    expect((await unfollow(stall.slug, lan)).body).toEqual({ following: false, followerCount: 1 });
  });

  it("needs a signed-in user (401) and an approved stall (404)", async () => {
    const stall = await buildStall(ds);
    const pending = await buildStall(ds, { status: "pending" });
    const user = await buildUser(ds);
    expect((await t.http.post(`/api/stalls/${stall.slug}/follow`)).status).toBe(401);
    expect((await follow(pending.slug, user)).status).toBe(404);
    expect((await follow("khong-co-gian-hang-nay", user)).status).toBe(404);
  });

  it("lists the stalls I follow in my account, newest first, without suspended ones", async () => {
    const user = await buildUser(ds);
    const a = await buildStall(ds);
    const b = await buildStall(ds);
    await follow(a.slug, user);
    await follow(b.slug, user);
    const res = await t.http.get("/api/me/following").set(authHeader(t, user));
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((s: { slug: string }) => s.slug)).toEqual([b.slug, a.slug]);
    expect(res.body.items[0]).toMatchObject({ name: b.name, productCount: 0, followedAt: expect.any(String) });
    await ds.query(`UPDATE stall SET status = 'suspended' WHERE id = $1`, [b.id]);
    const after = await t.http.get("/api/me/following").set(authHeader(t, user));
    expect(after.body.items.map((s: { slug: string }) => s.slug)).toEqual([a.slug]);
  });
});

describe("queueFollowersLiveSessionMail", () => {
  it("queues one mail per follower in the caller's transaction and mails each at dispatch", async () => {
    await ds.query(`DELETE FROM outbox`);
    const stall = await buildStall(ds);
    const other = await buildStall(ds);
    const followers = [await buildUser(ds), await buildUser(ds), await buildUser(ds)];
    for (const u of followers) await follow(stall.slug, u);
    const stranger = await buildUser(ds);
    await follow(other.slug, stranger);
    const startsAt = new Date("2026-12-05T12:30:00Z");

    const queued = await ds.transaction((m) =>
      queueFollowersLiveSessionMail(m, { stallId: stall.id, title: "Cà phê mới rang", slug: "ca-phe-moi-rang", startsAt }),
    );
    expect(queued).toBe(3);
    const rows = await ds.getRepository(OutboxMessage).findBy({ topic: FOLLOW_LIVE_TOPIC });
    expect(rows.map((r) => r.payload.userId).sort()).toEqual(followers.map((u) => u.id).sort());

    // The third follower leaves before the mail goes: she gets nothing.
    await unfollow(stall.slug, followers[2]!);
    const mailer = recordingMailer();
    const r = await dispatchOutbox(ds, mailer, { signInLinks: { publicUrl: "https://cho.test", secret: "x".repeat(40) } });
    expect(r).toEqual({ processed: 3, failed: 0, mails: 2 });
    expect(mailer.sent.map((m) => m.to).sort()).toEqual([followers[0]!.email, followers[1]!.email].sort());
    expect(mailer.sent[0]!.subject).toContain("Cà phê mới rang");
    expect(mailer.sent[0]!.text).toContain("https://cho.test/live/ca-phe-moi-rang");
    expect(mailer.sent[0]!.text).toContain("19:30 05/12/2026");
  });

  it("writes nothing when the caller's transaction rolls back, and nothing for a stall without followers", async () => {
    await ds.query(`DELETE FROM outbox`);
    const stall = await buildStall(ds);
    await follow(stall.slug, await buildUser(ds));
    await expect(
      ds.transaction(async (m) => {
        await queueFollowersLiveSessionMail(m, {
          stallId: stall.id,
          title: "Phiên thử",
          slug: "phien-thu",
          startsAt: new Date(),
        });
        throw new Error("the session could not be saved");
      }),
    ).rejects.toThrow("could not be saved");
    const quiet = await buildStall(ds);
    expect(
      await ds.transaction((m) =>
        queueFollowersLiveSessionMail(m, { stallId: quiet.id, title: "Phiên thử", slug: "phien-thu-2", startsAt: new Date() }),
      ),
    ).toBe(0);
    expect(await ds.getRepository(OutboxMessage).count()).toBe(0);
  });
});
