import pino from "pino";
import type { Category } from "../catalog/category.entity";
import type { User } from "../users/user.entity";
import { fixedClock } from "../../lib/clock";
import { authHeader, buildCategory, buildGrant, buildProduct, buildUser, unique } from "../../../test/factories";
import { type Buyer, DAY, demandBody, demandFixtures, digits, offerBody } from "../../../test/demand-fixtures";
import { startTestApp, type TestApp } from "../../../test/harness";
import { OrganisationsService } from "../organisations/organisations.service";
import { composeDemandNotice, DEMAND_MATCHED_TOPIC, queueDemandMatches } from "./demand-matching";
import { demandExpiryHandler } from "./demand-jobs";
import { DemandOffersService } from "./demand-offers.service";
import { DemandsService } from "./demands.service";

const PER_DAY = 5;
let t: TestApp;
let admin: User;
let category: Category;
beforeAll(async () => {
  t = await startTestApp({ env: { DEMAND_OFFERS_PER_DAY: String(PER_DAY) } });
  admin = await buildUser(t.ds, { role: "admin" });
  category = await buildCategory(t.ds, { name: `Cà phê ${unique()}` });
});
afterAll(() => t.close());

const { buyer, post, demand, seller, offer, offerId, act } = demandFixtures(
  () => t,
  () => admin,
);

describe("who may post", () => {
  it("refuses a user without an organisation, a pending and a rejected one (403 with a reason), and takes a verified one's", async () => {
    const nobody = await buildUser(t.ds);
    const none = await t.http.post("/api/demands").set(authHeader(t, nobody)).send(demandBody());
    expect(none.status).toBe(403);
    expect(none.body.error.message).toMatch(/Register your organisation/);
    const pending = await post(await buyer("pending"));
    expect(pending.status).toBe(403);
    expect(pending.body.error.message).toMatch(/pending.*verified/);
    expect((await post(await buyer("rejected"))).status).toBe(403);
    expect((await t.http.post("/api/demands").send(demandBody())).status).toBe(401);
    const ok = await post(await buyer(), { categoryId: category.id, province: "quang-tri" });
    expect(ok.status).toBe(201);
    expect(ok.body.demand).toMatchObject({ status: "open", quantity: 2000, categoryId: category.id, awardedQuantity: 0 });
  });
});

describe("validation", () => {
  let b: Buyer;
  beforeAll(async () => {
    b = await buyer();
  });
  const d = (from: string, to: string, quantity: number) => ({ from, to, quantity });
  it.each([
    ["a zero quantity", { quantity: 0 }],
    ["a fractional quantity", { quantity: 1.5 }],
    ["a tolerance above 50", { tolerancePct: 60 }],
    ["a delivery ending before it starts", { deliveries: [d("2027-02-01", "2027-01-01", 2000)] }],
    [
      "deliveries short of the quantity",
      { deliveries: [d("2027-01-01", "2027-01-31", 1000), d("2027-02-01", "2027-02-28", 700)] },
    ],
    ["deliveries over the quantity", { deliveries: [d("2027-01-01", "2027-01-31", 2300)] }],
    ["a price range upside down", { priceRange: { min: 200_000, max: 150_000 } }],
    ["a fractional price", { priceRange: { min: 150_000.5, max: 200_000 } }],
    ["a deadline in the past", { respondBy: new Date(Date.now() - 60_000).toISOString() }],
    ["a deadline over a year away", { respondBy: new Date(Date.now() + 400 * DAY).toISOString() }],
    ["an unknown category", { categoryId: "00000000-0000-4000-8000-000000000000" }],
    ["an unknown field", { buyerPhone: "0912345678" }],
  ])("refuses %s (400)", async (_name, over) => {
    const res = await post(b, over);
    expect(res.status).toBe(400);
    expect(res.body.error.details.length).toBeGreaterThan(0);
  });

  it("takes deliveries within the tolerance and a price range in đồng", async () => {
    const res = await post(b, {
      deliveries: [d("2027-01-01", "2027-01-31", 1000), d("2027-02-01", "2027-02-28", 1100)],
      priceRange: { min: 150_000, max: 200_000 },
    });
    expect(res.status).toBe(201);
    expect(res.body.demand).toMatchObject({
      priceRange: { min: 150_000, max: 200_000 },
      deliveries: [{ quantity: 1000 }, { quantity: 1100 }],
    });
  });
});

describe("the public board", () => {
  it("finds demands by folded words, category, province and status", async () => {
    const b = await buyer();
    const word = `xoai${digits(6)}`;
    const id = await demand(b, { title: `Xoài cát Hòa Lộc ${word}`, categoryId: category.id, province: "quang-tri" });
    const find = (q: object) => t.http.get("/api/demands").query(q);
    expect((await find({ q: `XOÀI CÁT hoa loc ${word}` })).body.items.map((x: { id: string }) => x.id)).toEqual([id]);
    expect((await find({ q: word, province: "ha-noi" })).body.items).toEqual([]);
    const byCat = await find({ category: category.id, limit: 60 });
    expect(byCat.body.items.map((x: { id: string }) => x.id)).toContain(id);
    expect(byCat.body).toMatchObject({ page: 1, limit: 60 });
    await t.http.post(`/api/demands/${id}/close`).set(authHeader(t, b.user)).send({}).expect(200);
    expect((await find({ q: word })).body.items).toEqual([]);
    expect((await find({ q: word, status: "closed" })).body.items.map((x: { id: string }) => x.id)).toEqual([id]);
    expect((await t.http.get(`/api/demands/${id}`)).body.demand).toMatchObject({ id, status: "closed" });
    expect((await t.http.get(`/api/demands/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });
});

describe("contacts", () => {
  it("never shows the buyer's phone, e-mail or address in a public answer or to a stall before the shortlist", async () => {
    const b = await buyer();
    const a = await seller();
    const other = await seller();
    await buildProduct(t.ds, { stall: a.stall, category });
    const id = await demand(b, { categoryId: category.id, province: "quang-tri" });
    const aOffer = await offerId(a, id);
    const otherOffer = await offer(other, id);
    const secrets = [b.phone, b.user.email, b.address, b.user.id, b.orgId];
    const answers = [
      await t.http.get("/api/demands").query({ category: category.id, limit: 60 }),
      await t.http.get("/api/demands").query({ q: "khe sanh", limit: 60 }),
      await t.http.get(`/api/demands/${id}`),
      await t.http.get(`/api/demands/${id}`).set(authHeader(t, a.owner)),
      otherOffer,
      await t.http.get("/api/seller/demand-offers").set(authHeader(t, a.owner)),
      await t.http.get("/api/seller/demands").set(authHeader(t, a.owner)),
    ];
    const leaks = (bodies: unknown[]) => {
      const text = JSON.stringify(bodies);
      return secrets.filter((s) => text.includes(s));
    };
    for (const res of answers) expect(res.status).toBeLessThan(300);
    expect(answers[6]!.body.items.map((x: { id: string }) => x.id)).toContain(id);
    expect(leaks(answers.map((r) => r.body))).toEqual([]);
    // The buyer sees no stall contact before the shortlist, then the shortlisted stall's only.
    const before = (await t.http.get(`/api/me/demands/${id}`).set(authHeader(t, b.user))).body.demand;
    expect(before.offers.map((o: { contacts: unknown }) => o.contacts)).toEqual([null, null]);
    await act(b, id, aOffer, "shortlist").expect(200);
    const after = (await t.http.get(`/api/me/demands/${id}`).set(authHeader(t, b.user))).body.demand;
    const shown = after.offers.find((o: { id: string }) => o.id === aOffer);
    expect(shown.contacts).toMatchObject({ name: a.stall.name, phone: a.stall.phone, email: a.owner.email });
    expect(after.offers.find((o: { id: string }) => o.id !== aOffer).contacts).toBeNull();
    // The shortlisted stall sees the buyer's contacts in its own view; the other stall and the public still do not.
    const mine = (await t.http.get("/api/seller/demand-offers").set(authHeader(t, a.owner))).body.items;
    expect(mine.find((o: { id: string }) => o.id === aOffer).contacts).toEqual({
      name: expect.any(String),
      phone: b.phone,
      email: b.user.email,
      address: b.address,
    });
    const still = [
      await t.http.get("/api/seller/demand-offers").set(authHeader(t, other.owner)),
      await t.http.get(`/api/demands/${id}`),
      await t.http.get("/api/demands").query({ category: category.id, limit: 60 }),
    ];
    expect(leaks(still.map((r) => r.body))).toEqual([]);
  });
});

describe("offers", () => {
  it("takes one live offer per stall and demand, even sent at once (409), and another after a withdrawal", async () => {
    const id = await demand(await buyer());
    const s = await seller();
    const first = await offerId(s, id);
    expect((await offer(s, id)).status).toBe(409);
    await t.http.post(`/api/seller/demand-offers/${first}/withdraw`).set(authHeader(t, s.owner)).send({}).expect(200);
    expect((await offer(s, id)).status).toBe(201);

    const id2 = await demand(await buyer());
    const s2 = await seller();
    const all = await Promise.all(Array.from({ length: 4 }, () => offer(s2, id2)));
    expect(all.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM demand_offer WHERE demand_id = $1`, [id2]);
    expect(n).toBe(1);
  });

  it("refuses unapproved stalls, offers above the demand, and offers on a closed or expired demand", async () => {
    const b = await buyer();
    const id = await demand(b, { quantity: 100, tolerancePct: 10 });
    const pending = await seller({ status: "pending" });
    expect((await offer(pending, id)).status).toBe(403);
    const s = await seller();
    expect((await offer(s, id, { quantity: 111 })).status).toBe(422);
    expect((await offer(s, id, { quantity: 110 })).status).toBe(201);
    await t.http.post(`/api/demands/${id}/close`).set(authHeader(t, b.user)).send({}).expect(200);
    expect((await offer(await seller(), id)).status).toBe(409);
    expect((await t.http.post(`/api/demands/${id}/close`).set(authHeader(t, b.user)).send({})).status).toBe(409);
  });

  it("takes an offer from a helper acting for the stall under an `orders` grant, and refuses one without it", async () => {
    const id = await demand(await buyer());
    const s = await seller();
    const { helper } = await buildGrant(t.ds, s.stall, { scopes: ["orders"] });
    const { helper: cataloguer } = await buildGrant(t.ds, s.stall, { scopes: ["catalog"] });
    const as = (who: User) =>
      t.http.post(`/api/demands/${id}/offers`).set(authHeader(t, who)).set("X-Acting-For-Stall", s.stall.id).send(offerBody());
    const refused = await as(cataloguer);
    expect(refused.status).toBe(403);
    expect(refused.body.error.reason).toBe("scope_missing");
    const made = await as(helper);
    expect(made.status).toBe(201);
    expect(made.body.offer.stall.id).toBe(s.stall.id);
    const mine = (await t.http.get("/api/seller/demand-offers").set(authHeader(t, s.owner))).body.items;
    expect(mine.map((o: { id: string }) => o.id)).toEqual([made.body.offer.id]);
  });

  it("shows a stall only its own offers; the buyer sees all, and only the buyer decides", async () => {
    const b = await buyer();
    const id = await demand(b);
    const a = await seller();
    const c = await seller();
    const aId = await offerId(a, id, { message: "Chào giá của A" });
    const cId = await offerId(c, id, { message: "Chào giá của C" });
    const aSees = (await t.http.get("/api/seller/demand-offers").set(authHeader(t, a.owner))).body.items;
    expect(aSees.map((o: { id: string }) => o.id)).toEqual([aId]);
    expect(JSON.stringify(aSees)).not.toContain("Chào giá của C");
    expect((await t.http.post(`/api/seller/demand-offers/${cId}/withdraw`).set(authHeader(t, a.owner)).send({})).status).toBe(
      404,
    );
    expect(
      (await t.http.post(`/api/seller/demand-offers/${cId}/counter`).set(authHeader(t, a.owner)).send(offerBody())).status,
    ).toBe(404);
    const all = (await t.http.get("/api/me/demands").set(authHeader(t, b.user))).body.items;
    expect(all.find((d: { id: string }) => d.id === id).offers.map((o: { id: string }) => o.id)).toEqual([aId, cId]);
    // A stall owner (or anyone outside the organisation) cannot shortlist.
    expect((await t.http.post(`/api/demands/${id}/offers/${cId}/shortlist`).set(authHeader(t, a.owner)).send({})).status).toBe(
      403,
    );
    expect((await t.http.get(`/api/me/demands/${id}`).set(authHeader(t, a.owner))).status).toBe(404);
    expect((await act(b, id, cId, "decline", { reason: "Giá cao quá" })).body.offer).toMatchObject({
      status: "declined",
      declineReason: "Giá cao quá",
    });
    expect((await act(b, id, cId, "shortlist")).status).toBe(409);
  });

  it("keeps each counter round as a fixed version, at most five counters (422)", async () => {
    const b = await buyer();
    const id = await demand(b);
    const s = await seller();
    const oid = await offerId(s, id, { unitPrice: 200_000, quantity: 500 });
    const stallCounter = (price: number) =>
      t.http
        .post(`/api/seller/demand-offers/${oid}/counter`)
        .set(authHeader(t, s.owner))
        .send({ unitPrice: price, quantity: 500, message: `Giá ${price}` });
    await act(b, id, oid, "counter", { unitPrice: 170_000, quantity: 600, message: "Lấy 600 kg" }).expect(200);
    await stallCounter(190_000).expect(200);
    await act(b, id, oid, "counter", { unitPrice: 175_000, quantity: 600, message: "Gặp nhau giữa đường" }).expect(200);
    await stallCounter(185_000).expect(200);
    const fifth = await act(b, id, oid, "counter", { unitPrice: 180_000, quantity: 550, message: "Chốt" });
    expect(fifth.status).toBe(200);
    expect(fifth.body.offer).toMatchObject({ unitPrice: 180_000, quantity: 550 });
    expect(
      fifth.body.offer.rounds.map((r: { round: number; by: string; unitPrice: number }) => [r.round, r.by, r.unitPrice]),
    ).toEqual([
      [1, "stall", 200_000],
      [2, "buyer", 170_000],
      [3, "stall", 190_000],
      [4, "buyer", 175_000],
      [5, "stall", 185_000],
      [6, "buyer", 180_000],
    ]);
    const sixth = await stallCounter(181_000);
    expect(sixth.status).toBe(422);
    expect(sixth.body.error.message).toMatch(/at most 5 counter rounds/);
    await expect(t.ds.query(`UPDATE demand_offer_round SET unit_price = 1 WHERE offer_id = $1`, [oid])).rejects.toThrow(/fixed/);
  });
});

describe("awards", () => {
  it("keeps the awarded total within quantity × (1 + tolerance) across offers (422 beyond)", async () => {
    const b = await buyer();
    const id = await demand(b, { quantity: 100, tolerancePct: 10 });
    const [x, y] = [await seller(), await seller()];
    const xo = await offerId(x, id, { quantity: 60 });
    const yo = await offerId(y, id, { quantity: 60 });
    expect((await act(b, id, xo, "award", { quantity: 60 })).status).toBe(409); // not shortlisted yet
    await act(b, id, xo, "shortlist").expect(200);
    await act(b, id, yo, "shortlist").expect(200);
    expect((await act(b, id, xo, "award", { quantity: 61 })).status).toBe(422); // more than the offer
    expect((await act(b, id, xo, "award", { quantity: 60 })).body.offer).toMatchObject({
      status: "awarded",
      awardedQuantity: 60,
    });
    const over = await act(b, id, yo, "award", { quantity: 60 });
    expect(over.status).toBe(422);
    expect(over.body.error.message).toMatch(/above the demand's 110/);
    await act(b, id, yo, "award", { quantity: 50 }).expect(200);
    expect((await t.http.get(`/api/demands/${id}`)).body.demand).toMatchObject({ status: "awarded", awardedQuantity: 110 });
    const done = await t.http.post(`/api/demands/${id}/transition`).set(authHeader(t, b.user)).send({ to: "fulfilled" });
    expect(done.body.demand.status).toBe("fulfilled");
  });

  it("lets concurrent awards pass the cap only as far as it goes (two at once, then eight at once)", async () => {
    const b = await buyer();
    const shortlisted = async (id: string, n: number, quantity: number) => {
      const offers: string[] = [];
      for (let i = 0; i < n; i++) {
        const oid = await offerId(await seller(), id, { quantity });
        await act(b, id, oid, "shortlist").expect(200);
        offers.push(oid);
      }
      return offers;
    };
    const id = await demand(b, { quantity: 100, tolerancePct: 0 });
    const two = await Promise.all((await shortlisted(id, 2, 60)).map((oid) => act(b, id, oid, "award", { quantity: 60 })));
    expect(two.map((r) => r.status).sort()).toEqual([200, 422]);
    expect((await t.http.get(`/api/demands/${id}`)).body.demand.awardedQuantity).toBe(60);
    const id8 = await demand(b, { quantity: 100, tolerancePct: 0 });
    const eight = await Promise.all((await shortlisted(id8, 8, 25)).map((oid) => act(b, id8, oid, "award", { quantity: 25 })));
    expect(eight.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 422, 422, 422, 422]);
    expect((await t.http.get(`/api/demands/${id8}`)).body.demand.awardedQuantity).toBe(100);
  });
});

describe("expiry", () => {
  it("expires an open demand past its deadline once, when the job runs with the clock moved", async () => {
    const b = await buyer();
    const id = await demand(b, { respondBy: new Date(Date.now() + 3_600_000).toISOString() });
    const later = fixedClock(new Date(Date.now() + 2 * 3_600_000));
    const orgs = new OrganisationsService(t.ds);
    const offers = new DemandOffersService(t.ds, later, { offersPerDay: PER_DAY });
    const sweep = new DemandsService(t.ds, later, orgs, offers);
    const run = demandExpiryHandler(sweep, pino({ level: "silent" }));
    expect(await run()).toBeGreaterThanOrEqual(1);
    expect((await t.http.get(`/api/demands/${id}`)).body.demand.status).toBe("expired");
    expect(await run()).toBe(0);
    expect((await offer(await seller(), id)).status).toBe(409);
    expect((await t.http.post(`/api/demands/${id}/close`).set(authHeader(t, b.user)).send({})).status).toBe(409);
  });
});

describe("quota", () => {
  it(`lets a stall make at most ${PER_DAY} new offers a day, however many it sends at once (429)`, async () => {
    const b = await buyer();
    const ids = await Promise.all(Array.from({ length: PER_DAY + 2 }, () => demand(b)));
    const s = await seller();
    const all = await Promise.all(ids.map((id) => offer(s, id)));
    expect(all.filter((r) => r.status === 201)).toHaveLength(PER_DAY);
    const refused = all.filter((r) => r.status === 429);
    expect(refused).toHaveLength(2);
    expect(refused[0]!.body.error.message).toMatch(new RegExp(`${PER_DAY} offers for today`));
    expect(Number(refused[0]!.headers["retry-after"])).toBeGreaterThan(0);
    const [{ used }] = await t.ds.query(`SELECT used FROM demand_offer_quota WHERE stall_id = $1`, [s.stall.id]);
    expect(used).toBe(PER_DAY);
  });
});

describe("matching stalls", () => {
  it("mails stalls of the category or a title word, in the province, once per demand", async () => {
    const b = await buyer();
    const cat = await buildCategory(t.ds);
    const word = `sanh${digits(5)}`;
    const byCategory = await seller({ province: "quang-tri" });
    await buildProduct(t.ds, { stall: byCategory.stall, category: cat });
    const byWord = await seller({ province: "quang-tri" });
    await buildProduct(t.ds, { stall: byWord.stall, name: `Cà phê ${word.toUpperCase()} rang xay` });
    const elsewhere = await seller({ province: "ha-noi" });
    await buildProduct(t.ds, { stall: elsewhere.stall, category: cat });
    const unrelated = await seller({ province: "quang-tri" });
    await buildProduct(t.ds, { stall: unrelated.stall });
    const id = await demand(b, { title: `Cà phê Khê ${word} cho siêu thị`, categoryId: cat.id, province: "quang-tri" });
    const mailed = async () =>
      (
        await t.ds.query<{ stall_id: string }[]>(
          `SELECT payload->>'stallId' AS stall_id FROM outbox WHERE topic = $1 AND payload->>'demandId' = $2`,
          [DEMAND_MATCHED_TOPIC, id],
        )
      ).map((r) => r.stall_id);
    const first = await mailed();
    expect(first).toEqual(expect.arrayContaining([byCategory.stall.id, byWord.stall.id]));
    expect(first).not.toContain(elsewhere.stall.id);
    expect(first).not.toContain(unrelated.stall.id);
    expect(new Set(first).size).toBe(first.length);
    expect(await queueDemandMatches(t.ds.manager, id)).toBe(0);
    expect((await mailed()).sort()).toEqual([...first].sort());
    // The mail names the demand and the buyer's organisation, never its contacts.
    const [letter] = await composeDemandNotice(t.ds.manager, { demandId: id, stallId: byWord.stall.id }, "https://cho.test");
    expect(letter).toMatchObject({ to: byWord.owner.email, subject: expect.stringContaining(word) });
    expect(JSON.stringify(letter)).not.toContain(b.phone);
    expect(JSON.stringify(letter)).not.toContain(b.address);
  });
});
