import type { User } from "../users/user.entity";
import { authHeader, buildGrant, buildProduct, buildUser, unique } from "../../../test/factories";
import { DAY, demandFixtures, type Seller } from "../../../test/demand-fixtures";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
let admin: User;
beforeAll(async () => {
  // Wholesale cash on delivery: the results test pays a 72 triệu đồng deal in cash.
  t = await startTestApp({ env: { COD_MAX_AMOUNT: "1000000000" } });
  admin = await buildUser(t.ds, { role: "admin" });
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const at = (ms: number) => new Date(Date.now() + ms).toISOString();
const asAdmin = () => authHeader(t, admin);

const eventBody = (over: object = {}) => ({
  title: `Diễn đàn kết nối cung cầu nông sản ${unique()}`,
  kind: "forum",
  description: "Doanh nghiệp giới thiệu nhu cầu thu mua, các gian hàng thanh niên gặp trực tiếp người mua.",
  startsAt: at(2 * DAY),
  endsAt: at(2 * DAY + 4 * HOUR),
  place: "Nhà văn hóa Thanh niên, Đông Hà",
  province: "quang-tri",
  ...over,
});
const create = (over: object = {}) => t.http.post("/api/admin/events").set(asAdmin()).send(eventBody(over));
interface Made {
  id: string;
  slug: string;
}
async function event(over: object = {}, publish = true): Promise<Made> {
  const res = await create(over);
  expect(res.status).toBe(201);
  const e = res.body.event as Made;
  if (publish) await t.http.post(`/api/admin/events/${e.id}/publish`).set(asAdmin()).send({}).expect(200);
  return e;
}

const { buyer, demand, seller } = demandFixtures(
  () => t,
  () => admin,
);
const register = (s: Seller, id: string, move: "register" | "unregister" = "register") =>
  t.http.post(`/api/seller/events/${id}/${move}`).set(authHeader(t, s.owner)).send({});
const present = (eventId: string, demandId: string) =>
  t.http.post(`/api/admin/events/${eventId}/demands`).set(asAdmin()).send({ demandId });

/** Every string anywhere in a JSON value (keys too). */
function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => [k, ...strings(x)]);
  return [];
}

describe("admin routes", () => {
  it("are for admins only: 401 without a session, 403 for a shopper or a seller", async () => {
    const { id } = await event({}, false);
    const shopper = await buildUser(t.ds);
    const s = await seller();
    const calls = [
      () => t.http.post("/api/admin/events").send(eventBody()),
      () => t.http.get("/api/admin/events"),
      () => t.http.patch(`/api/admin/events/${id}`).send({ title: "Một tên mới cho sự kiện" }),
      () => t.http.post(`/api/admin/events/${id}/publish`).send({}),
      () => t.http.post(`/api/admin/events/${id}/cancel`).send({ reason: "Mưa bão" }),
      () => t.http.post(`/api/admin/events/${id}/demands`).send({ demandId: id }),
      () => t.http.delete(`/api/admin/events/${id}/demands/${id}`),
    ];
    for (const call of calls) {
      expect((await call()).status).toBe(401);
      expect((await call().set(authHeader(t, shopper))).status).toBe(403);
      expect((await call().set(authHeader(t, s.owner))).status).toBe(403);
    }
    const still = await t.http.get(`/api/admin/events/${id}`).set(asAdmin());
    expect(still.body.event).toMatchObject({ status: "draft", cancelReason: null, demandIds: [] });
  });

  it.each([
    ["an end before the start", { endsAt: at(DAY) }, "body.endsAt", /end after it starts/],
    ["an end equal to the start", { startsAt: at(DAY), endsAt: at(DAY) }, "body.endsAt", /end after it starts/],
    ["an online event without a link", { kind: "online", place: undefined }, "body.link", /online event needs a link/],
    ["neither a place nor a link", { place: undefined }, "body.place", /place or a link/],
    ["a link that is not http(s)", { link: "ftp://example.vn/x" }, "body.link", /http/],
    ["a time without its offset", { startsAt: "2027-05-20T08:00:00" }, "body.startsAt", /offset/],
    ["an unknown kind", { kind: "party" }, "body.kind", /./],
    ["a short title", { title: "Hội" }, "body.title", /at least 5/],
    ["an unknown field", { status: "published" }, "body.status", /Unknown field/],
  ])("refuses %s (400 with a readable message)", async (_name, over, path, message) => {
    const res = await create(over);
    expect(res.status).toBe(400);
    const detail = (res.body.error.details as { path: string; message: string }[]).find((d) => d.path === path);
    expect(detail?.message).toMatch(message);
  });

  it("takes an online event with a link only, and checks an edit against the stored event", async () => {
    const made = await create({ kind: "online", place: undefined, link: "https://meet.example.vn/ket-noi" });
    expect(made.status).toBe(201);
    expect(made.body.event).toMatchObject({
      kind: "online",
      place: null,
      status: "draft",
      slug: expect.stringMatching(/^dien-dan/),
    });
    const id = made.body.event.id as string;
    const edit = (body: object) => t.http.patch(`/api/admin/events/${id}`).set(asAdmin()).send(body);
    const noLink = await edit({ link: null });
    expect(noLink.status).toBe(400);
    expect(noLink.body.error.details).toEqual([{ path: "body.link", message: "An online event needs a link" }]);
    const early = await edit({ endsAt: at(DAY) });
    expect(early.body.error.details).toEqual([{ path: "body.endsAt", message: "The event must end after it starts" }]);
    const ok = await edit({ kind: "fair", place: "Quảng trường 3/2, Đông Hà", link: null, title: "Hội chợ nông sản Quảng Trị" });
    expect(ok.status).toBe(200);
    expect(ok.body.event).toMatchObject({
      kind: "fair",
      link: null,
      title: "Hội chợ nông sản Quảng Trị",
      slug: made.body.event.slug,
    });
  });
});

describe("the public events", () => {
  it("hides drafts (404, not listed) and lists upcoming soonest first, past newest first", async () => {
    const draft = await event({}, false);
    expect((await t.http.get(`/api/events/${draft.slug}`)).status).toBe(404);
    const later = await event({ startsAt: at(9 * DAY), endsAt: at(9 * DAY + HOUR) });
    const soon = await event({ startsAt: at(7 * DAY), endsAt: at(7 * DAY + HOUR) });
    const ongoing = await event({ startsAt: at(-HOUR), endsAt: at(HOUR) });
    const old = await event({ startsAt: at(-20 * DAY), endsAt: at(-20 * DAY + HOUR) });
    const older = await event({ startsAt: at(-30 * DAY), endsAt: at(-30 * DAY + HOUR) });
    const mine = [draft, later, soon, ongoing, old, older].map((e) => e.id);
    const ids = async (when: string) =>
      ((await t.http.get("/api/events").query({ when, limit: 60 })).body.items as { id: string }[])
        .map((e) => e.id)
        .filter((id) => mine.includes(id));
    expect(await ids("upcoming")).toEqual([ongoing.id, soon.id, later.id]);
    expect(await ids("past")).toEqual([old.id, older.id]);
    const page = await t.http.get("/api/events");
    expect(page.body).toMatchObject({ page: 1, limit: 24, total: expect.any(Number) });
    const shown = await t.http.get(`/api/events/${soon.slug}`);
    expect(shown.status).toBe(200);
    expect(shown.body.event).toMatchObject({ id: soon.id, status: "published", demands: [], stalls: [], results: null });
    expect(shown.body.event).not.toHaveProperty("demandIds");
    expect((await t.http.get("/api/events").query({ when: "soon" })).status).toBe(400);
  });
});

describe("presented demands", () => {
  it("takes open demands of verified organisations once (409 twice), refuses closed ones, and can take one back", async () => {
    const { id } = await event();
    const b = await buyer();
    const open = await demand(b);
    expect((await present(id, open)).body.event.demandIds).toEqual([open]);
    const twice = await present(id, open);
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toMatch(/already presented/);
    const closed = await demand(b);
    await t.http.post(`/api/demands/${closed}/close`).set(authHeader(t, b.user)).send({}).expect(200);
    const refused = await present(id, closed);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/closed demand cannot be presented/);
    const expired = await demand(b);
    await t.ds.query(`UPDATE demand SET status = 'expired' WHERE id = $1`, [expired]);
    expect((await present(id, expired)).body.error.message).toMatch(/expired demand cannot be presented/);
    // An organisation no longer verified (its demands stay on the board) presents nothing more.
    const other = await buyer();
    const unverified = await demand(other);
    await t.ds.query(`UPDATE organisation SET status = 'pending' WHERE id = $1`, [other.orgId]);
    const refusedOrg = await present(id, unverified);
    expect(refusedOrg.status).toBe(409);
    expect(refusedOrg.body.error.message).toMatch(/verified organisations/);
    expect((await present(id, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await present("00000000-0000-4000-8000-000000000000", open)).status).toBe(404);
    const removed = await t.http.delete(`/api/admin/events/${id}/demands/${open}`).set(asAdmin());
    expect(removed.body.event.demandIds).toEqual([]);
    expect((await t.http.delete(`/api/admin/events/${id}/demands/${open}`).set(asAdmin())).status).toBe(404);
  });

  it("never shows the buyer's phone, e-mail or address in the public answers", async () => {
    const b = await buyer();
    const s = await seller();
    const started = await event({ startsAt: at(-HOUR), endsAt: at(3 * HOUR) });
    const d = await demand(b);
    await present(started.id, d).expect(200);
    // An offer shortlisted: the board now holds contacts for both sides — still none on the event's page.
    const offer = await t.http
      .post(`/api/demands/${d}/offers`)
      .set(authHeader(t, s.owner))
      .send({ quantity: 300, unitPrice: 175_000, message: "Giao tại kho Đông Hà." })
      .expect(201);
    await t.http
      .post(`/api/demands/${d}/offers/${offer.body.offer.id}/shortlist`)
      .set(authHeader(t, b.user))
      .send({})
      .expect(200);
    await register(s, started.id).expect(200);
    const answers = [
      await t.http.get(`/api/events/${started.slug}`),
      await t.http.get(`/api/events/${started.slug}`).set(authHeader(t, s.owner)),
      await t.http.get("/api/events").query({ limit: 60 }),
      await t.http.get("/api/seller/events").set(authHeader(t, s.owner)).query({ limit: 60 }),
    ];
    for (const res of answers) expect(res.status).toBe(200);
    const detail = answers[0]!.body.event;
    expect(detail.demands.map((x: { id: string }) => x.id)).toEqual([d]);
    expect(detail.demands[0].buyer).toEqual({
      organisationName: expect.any(String),
      kind: "retailer",
      province: "quang-tri",
      verified: true,
    });
    const secrets = [b.phone, b.user.email, b.address, b.user.id, b.orgId];
    const leaked = answers.flatMap((r) => strings(r.body)).filter((x) => secrets.some((secret) => x.includes(secret)));
    expect(leaked).toEqual([]);
  });
});

describe("registering to attend", () => {
  it("registers an approved stall once, even sent twice at once, lists it, and unregisters it", async () => {
    const e = await event();
    const s = await seller();
    const both = await Promise.all([register(s, e.id), register(s, e.id)]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(both.map((r) => r.body.event.registered)).toEqual([true, true]);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM connection_event_registration WHERE event_id = $1`, [e.id]);
    expect(n).toBe(1);
    expect((await register(s, e.id)).body.event).toMatchObject({ registered: true, registrationCount: 1 });
    const mine = (await t.http.get("/api/seller/events").set(authHeader(t, s.owner)).query({ limit: 60 })).body.items;
    expect(mine.find((x: { id: string }) => x.id === e.id)).toMatchObject({ registered: true });
    const page = (await t.http.get(`/api/events/${e.slug}`)).body.event;
    expect(page.stalls).toEqual([{ name: s.stall.name, slug: s.stall.slug }]);
    expect(JSON.stringify(page)).not.toContain(s.stall.phone);
    const admins = (await t.http.get("/api/admin/events").set(asAdmin()).query({ limit: 60 })).body.items;
    expect(admins.find((x: { id: string }) => x.id === e.id)).toMatchObject({ registrationCount: 1 });
    const gone = await register(s, e.id, "unregister");
    expect(gone.body.event).toMatchObject({ registered: false, registrationCount: 0 });
    expect((await register(s, e.id, "unregister")).status).toBe(200);
    expect((await t.http.get(`/api/events/${e.slug}`)).body.event.stalls).toEqual([]);
  });

  it("refuses an unapproved stall (403), a draft (404), an ended or cancelled event (409), and a helper without `profile`", async () => {
    const e = await event();
    expect((await register(await seller({ status: "pending" }), e.id)).status).toBe(403);
    const s = await seller();
    const draft = await event({}, false);
    expect((await register(s, draft.id)).status).toBe(404);
    const ended = await event({ startsAt: at(-3 * HOUR), endsAt: at(-HOUR) });
    const late = await register(s, ended.id);
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/ended/);
    expect((await register(s, ended.id, "unregister")).status).toBe(409);
    const off = await event();
    await t.http.post(`/api/admin/events/${off.id}/cancel`).set(asAdmin()).send({ reason: "Bão số 5" }).expect(200);
    expect((await register(s, off.id)).status).toBe(409);
    const mine = (await t.http.get("/api/seller/events").set(authHeader(t, s.owner)).query({ limit: 60 })).body.items;
    const listed = mine.map((x: { id: string }) => x.id);
    expect(listed).toContain(e.id);
    expect(listed).not.toContain(draft.id);
    expect(listed).not.toContain(ended.id);
    expect(listed).not.toContain(off.id);
    const { helper } = await buildGrant(t.ds, s.stall, { scopes: ["catalog"] });
    const refused = await t.http
      .post(`/api/seller/events/${e.id}/register`)
      .set(authHeader(t, helper))
      .set("X-Acting-For-Stall", s.stall.id)
      .send({});
    expect(refused.status).toBe(403);
    expect(refused.body.error.reason).toBe("scope_missing");
  });
});

describe("results", () => {
  it("counts offers, stalls that offered and deals per presented demand once the event has started", async () => {
    const b = await buyer();
    const coffee = await demand(b, { quantity: 1000 });
    const pepper = await demand(b, { title: "Hồ tiêu Cam Lộ cho nhà máy chế biến", quantity: 200 });
    const e = await event({ startsAt: at(-2 * HOUR), endsAt: at(2 * HOUR) });
    const planned = await event();
    for (const id of [e.id, planned.id]) {
      await present(id, coffee).expect(200);
      await present(id, pepper).expect(200);
    }
    const [x, y] = [await seller(), await seller()];
    const xProduct = await buildProduct(t.ds, { stall: x.stall, stock: 1000 });
    const offer = async (s: Seller, d: string, quantity: number, unitPrice: number, productId?: string) =>
      (
        await t.http
          .post(`/api/demands/${d}/offers`)
          .set(authHeader(t, s.owner))
          .send({ quantity, unitPrice, message: "Hàng vụ mới.", productId })
          .expect(201)
      ).body.offer.id as string;
    const xCoffee = await offer(x, coffee, 400, 180_000, xProduct.id);
    const yCoffee = await offer(y, coffee, 600, 175_000);
    const xPepper = await offer(x, pepper, 200, 95_000);
    const buyerMove = (d: string, o: string, move: string, body: object = {}) =>
      t.http.post(`/api/demands/${d}/offers/${o}/${move}`).set(authHeader(t, b.user)).send(body).expect(200);
    for (const [d, o] of [
      [coffee, xCoffee],
      [coffee, yCoffee],
      [pepper, xPepper],
    ] as const)
      await buyerMove(d, o, "shortlist");
    await buyerMove(coffee, xCoffee, "award", { quantity: 400 });
    await buyerMove(coffee, yCoffee, "award", { quantity: 550 });
    await buyerMove(pepper, xPepper, "decline", { reason: "Độ ẩm cao" });
    // x's deal becomes an order (one delivery), paid in cash when x delivers it.
    const made = await t.http
      .post(`/api/demands/${coffee}/offers/${xCoffee}/orders`)
      .set(authHeader(t, b.user))
      .send({
        paymentMethod: "cod",
        shippingAddress: {
          fullName: "Kho Đông Hà",
          phone: "0905123456",
          province: "quang-tri",
          ward: "Phường Đông Hà",
          street: "1 Lê Duẩn",
        },
      })
      .expect(201);
    const part = made.body.orders[0].stallOrders[0].id as string;
    for (const [step, body] of [
      ["confirm", {}],
      ["ship", { carrier: "Viettel Post", trackingNumber: "VTP000111222" }],
      ["deliver", {}],
    ] as const)
      await t.http.post(`/api/seller/orders/${part}/${step}`).set(authHeader(t, x.owner)).send(body).expect(200);

    expect((await t.http.get(`/api/events/${planned.slug}`)).body.event.results).toBeNull();
    const { results } = (await t.http.get(`/api/events/${e.slug}`)).body.event;
    expect(results.demands).toEqual([
      {
        demandId: coffee,
        title: "Cà phê Khe Sanh rang mộc cho chuỗi siêu thị",
        offers: 2,
        stallsOffered: 2,
        deals: [
          {
            stallName: x.stall.name,
            stallSlug: x.stall.slug,
            quantity: 400,
            unitPrice: 180_000,
            value: 72_000_000,
            orders: { made: 1, delivered: 1, paid: 1 },
          },
          {
            stallName: y.stall.name,
            stallSlug: y.stall.slug,
            quantity: 550,
            unitPrice: 175_000,
            value: 96_250_000,
            orders: { made: 0, delivered: 0, paid: 0 },
          },
        ],
      },
      { demandId: pepper, title: "Hồ tiêu Cam Lộ cho nhà máy chế biến", offers: 1, stallsOffered: 1, deals: [] },
    ]);
    expect(results.totals).toEqual({
      demands: 2,
      offers: 3,
      deals: 2,
      dealValue: 168_250_000,
      orders: 1,
      delivered: 1,
      paid: 1,
    });
  });
});

describe("cancelling", () => {
  it("cancels with a reason: gone from the lists, shown as cancelled to those with the link, no more moves", async () => {
    const e = await event();
    const short = await t.http.post(`/api/admin/events/${e.id}/cancel`).set(asAdmin()).send({ reason: "x" });
    expect(short.status).toBe(400);
    expect(short.body.error.details[0]).toMatchObject({ path: "body.reason", message: expect.stringMatching(/at least 3/) });
    const done = await t.http.post(`/api/admin/events/${e.id}/cancel`).set(asAdmin()).send({ reason: "Bão số 5 đổ bộ" });
    expect(done.body.event).toMatchObject({
      status: "cancelled",
      cancelReason: "Bão số 5 đổ bộ",
      cancelledAt: expect.any(String),
    });
    const listed = (await t.http.get("/api/events").query({ limit: 60 })).body.items.map((x: { id: string }) => x.id);
    expect(listed).not.toContain(e.id);
    expect((await t.http.get(`/api/events/${e.slug}`)).body.event).toMatchObject({
      status: "cancelled",
      cancelReason: "Bão số 5 đổ bộ",
    });
    const again = await t.http.post(`/api/admin/events/${e.id}/cancel`).set(asAdmin()).send({ reason: "Lần nữa" });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe("A cancelled event cannot be cancelled");
    expect((await t.http.post(`/api/admin/events/${e.id}/publish`).set(asAdmin()).send({})).status).toBe(409);
    expect((await t.http.patch(`/api/admin/events/${e.id}`).set(asAdmin()).send({ title: "Đổi tên sự kiện" })).status).toBe(409);
    expect((await present(e.id, await demand(await buyer()))).status).toBe(409);
    // A draft called off was never public: still 404. A published event that has ended cannot be cancelled.
    const draft = await event({}, false);
    await t.http.post(`/api/admin/events/${draft.id}/cancel`).set(asAdmin()).send({ reason: "Không tổ chức" }).expect(200);
    expect((await t.http.get(`/api/events/${draft.slug}`)).status).toBe(404);
    const ended = await event({ startsAt: at(-3 * HOUR), endsAt: at(-HOUR) });
    expect((await t.http.post(`/api/admin/events/${ended.id}/cancel`).set(asAdmin()).send({ reason: "Muộn rồi" })).status).toBe(
      409,
    );
    expect((await t.http.post(`/api/admin/events/${ended.id}/publish`).set(asAdmin()).send({})).status).toBe(409);
  });
});
