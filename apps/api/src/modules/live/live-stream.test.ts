import crypto from "node:crypto";
import http from "node:http";
import type { Response } from "express";
import { User } from "../users/user.entity";
import { authHeader, buildProduct, buildStall, buildUser, TEST_ADDRESS } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { announceLive, LiveStreams } from "./live-changes";

/** Two API processes' worth of apps on one database: what one does, the other's stream clients hear. */
let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await startTestApp({ listen: true });
  b = await startTestApp({ listen: true });
});
afterAll(async () => {
  await a.close();
  await b.close();
});

interface Received {
  type: string;
  data: Record<string, unknown>;
  at: number;
}

/** An EventSource-like client on a real socket: collects `event:`/`data:` blocks. */
function subscribe(
  url: string,
): Promise<{ events: Received[]; next: (type: string, since?: number) => Promise<Received>; close: () => void }> {
  return new Promise((resolve, reject) => {
    const events: Received[] = [];
    const waiters: (() => void)[] = [];
    const req = http.get(url, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
      expect(res.headers["content-type"]).toMatch(/^text\/event-stream/);
      let buf = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buf += chunk;
        let i: number;
        while ((i = buf.indexOf("\n\n")) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const type = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (type && data) events.push({ type, data: JSON.parse(data) as Record<string, unknown>, at: Date.now() });
          for (const w of waiters.splice(0)) w();
        }
      });
      res.on("error", () => {});
      resolve({
        events,
        close: () => req.destroy(),
        next: (type, since = 0) =>
          new Promise((ok, fail) => {
            const timer = setTimeout(() => fail(new Error(`no ${type} event within 3 s`)), 3000);
            const check = () => {
              const hit = events.slice(since).find((e) => e.type === type);
              if (hit) {
                clearTimeout(timer);
                ok(hit);
              } else waiters.push(check);
            };
            check();
          }),
      });
    });
    req.on("error", reject);
  });
}

it("pins and remaining units reach a stream on another API process within a second", async () => {
  const admin = await buildUser(a.ds, { role: "admin" });
  const stall = await buildStall(a.ds);
  const seller = await a.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
  const product = await buildProduct(a.ds, { stall, price: 150_000, stock: 10 });
  const as = (u: User) => authHeader(a, u);
  const created = await a.http
    .post("/api/seller/live-sessions")
    .set(as(seller))
    .send({
      title: "Phiên chợ cà phê Khe Sanh",
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      platform: "facebook",
    });
  const session = created.body.session as { id: string; slug: string };
  const offer = await a.http
    .post(`/api/seller/live-sessions/${session.id}/offers`)
    .set(as(seller))
    .send({ productId: product.id, livePrice: 120_000, quantity: 5 });
  await a.http
    .post(`/api/admin/users/${seller.id}/verify-identity`)
    .set(as(admin))
    .send({ documentType: "cccd", note: "Đã đối chiếu" });

  // A viewer on process B; the host acts on process A.
  const viewer = await subscribe(`${b.url}/api/live-sessions/${session.slug}/stream`);
  try {
    expect((await viewer.next("status")).data).toEqual({ status: "scheduled" });
    expect((await viewer.next("pin")).data).toEqual({ offerId: null, code: null });
    const seen = viewer.events.length;

    expect((await a.http.post(`/api/seller/live-sessions/${session.id}/start`).set(as(seller)).send({})).status).toBe(200);
    expect((await viewer.next("status", seen)).data).toEqual({ status: "live" });

    const pinnedAt = Date.now();
    expect(
      (await a.http.post(`/api/seller/live-sessions/${session.id}/pin`).set(as(seller)).send({ offerId: offer.body.offer.id }))
        .status,
    ).toBe(200);
    const pin = await viewer.next("pin", seen);
    expect(pin.data).toEqual({ offerId: offer.body.offer.id, code: "A1" });
    expect(pin.at - pinnedAt).toBeLessThan(1000);

    const shopper = await buildUser(a.ds);
    const bought = await a.http
      .post(`/api/live-sessions/${session.slug}/orders`)
      .set(authHeader(a, shopper))
      .set("Idempotency-Key", `live-${crypto.randomUUID()}`)
      .send({ code: "a1", quantity: 2, shippingAddress: TEST_ADDRESS, paymentMethod: "cod" });
    expect(bought.status).toBe(201);
    expect((await viewer.next("offer", seen)).data).toEqual({ offerId: offer.body.offer.id, code: "A1", remaining: 3 });

    // A purchase refused (rolled back) announces nothing.
    const before = viewer.events.length;
    const refused = await a.http
      .post(`/api/live-sessions/${session.slug}/orders`)
      .set(authHeader(a, shopper))
      .set("Idempotency-Key", `live-${crypto.randomUUID()}`)
      .send({ code: "A1", quantity: 9, shippingAddress: TEST_ADDRESS, paymentMethod: "cod" });
    expect(refused.status).toBe(409);
    await a.http.post(`/api/seller/live-sessions/${session.id}/end`).set(as(seller)).send({});
    const ended = await viewer.next("status", before);
    expect(ended.data).toEqual({ status: "ended" });
    expect(viewer.events.slice(before).map((e) => e.type)).toEqual(["status"]);
  } finally {
    viewer.close();
  }
});

it("a stream of an unknown session is 404", async () => {
  expect((await b.http.get("/api/live-sessions/khong-co-phien-nay/stream")).status).toBe(404);
});

it("with the embedded database, a process delivers its own committed events, after COMMIT, and no rolled-back one", async () => {
  const streams = new LiveStreams(undefined);
  streams.deliverInProcess(a.ds);
  const written: string[] = [];
  const res = {
    status: () => res,
    setHeader: () => res,
    flushHeaders: () => {},
    write: (chunk: string) => written.push(chunk),
    on: () => res,
    end: () => {},
  } as unknown as Response;
  const sessionId = crypto.randomUUID();
  await streams.attach(sessionId, res, []);
  let inside = -1;
  await a.ds.transaction(async (m) => {
    await announceLive(m, sessionId, { type: "pin", offerId: null, code: null });
    inside = written.filter((w) => w.startsWith("event:")).length;
  });
  await a.ds
    .transaction(async (m) => {
      await announceLive(m, sessionId, { type: "status", status: "ended" });
      throw new Error("rolled back");
    })
    .catch(() => {});
  await announceLive(a.ds.manager, crypto.randomUUID(), { type: "status", status: "live" }); // another session
  expect(inside).toBe(0);
  expect(written.filter((w) => w.startsWith("event:"))).toEqual([`event: pin\ndata: {"offerId":null,"code":null}\n\n`]);
  await streams.close();
});
