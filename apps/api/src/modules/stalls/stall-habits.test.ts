import type { DataSource } from "typeorm";
import { createDataSource } from "../../db/data-source";
import { LedgerEntry } from "../ledger/ledger-entry.entity";
import { OutboxMessage } from "../notifications/outbox.entity";
import { User } from "../users/user.entity";
import { authHeader, buildStall, buildUser } from "../../../test/factories";
import { freshMigratedDatabase } from "../../../test/database";
import { startTestApp, type TestApp } from "../../../test/harness";
import { composeStallNotice, STALL_APPROVED_TOPIC } from "./stall-notices";

// A database of our own: the balances-due list spans every stall.
let db: { url: string; drop: () => Promise<void> };
let ds: DataSource;
let t: TestApp;
let admin: User;
beforeAll(async () => {
  db = await freshMigratedDatabase();
  ds = await createDataSource({ url: db.url, poolSize: 4 }).initialize();
  t = await startTestApp({ ds });
  admin = await buildUser(ds, { role: "admin" });
});
afterAll(async () => {
  await t.close();
  await ds.destroy().catch(() => {});
  await db.drop();
});

const application = {
  name: "Mật ong Hướng Hóa",
  story: "Mình là Hùng, 26 tuổi, nuôi ong dưới tán cà phê ở Hướng Hóa.",
  province: "quang-tri",
  address: "Thôn 5, xã Hướng Phùng, Quảng Trị",
  phone: "0912345678",
  businessType: "household",
};

describe("the stall application draft", () => {
  it("starts from the account's phone, keeps what was typed, and is gone once the application is sent", async () => {
    const user = await buildUser(ds);
    await ds.getRepository(User).update({ id: user.id }, { phone: "0905111222" });
    const empty = await t.http.get("/api/me/stall-draft").set(authHeader(t, user));
    expect(empty.body).toEqual({ draft: { phone: "0905111222" }, updatedAt: null });

    const saved = await t.http
      .put("/api/me/stall-draft")
      .set(authHeader(t, user))
      .send({ name: "Mật ong", story: "Mình là Hùng", founderBirthYear: "19" });
    expect(saved.status).toBe(200);
    expect(saved.body.draft).toEqual({ name: "Mật ong", story: "Mình là Hùng", founderBirthYear: "19", phone: "0905111222" });
    const again = await t.http.get("/api/me/stall-draft").set(authHeader(t, user));
    expect(again.body.draft.name).toBe("Mật ong");
    expect(again.body.updatedAt).toEqual(expect.any(String));

    expect((await t.http.put("/api/me/stall-draft").set(authHeader(t, user)).send({ price: 1 })).status).toBe(400);
    expect((await t.http.post("/api/stalls").set(authHeader(t, user)).send(application)).status).toBe(201);
    expect((await t.http.get("/api/me/stall-draft").set(authHeader(t, user))).body.updatedAt).toBeNull();
    expect((await t.http.put("/api/me/stall-draft").set(authHeader(t, user)).send({ name: "x" })).status).toBe(409);
  });

  it("prefills the verified sign-in number of a phone-only account, written as 0…", async () => {
    const user = await buildUser(ds);
    await ds.getRepository(User).update({ id: user.id }, { phone: null, phoneE164: `+8490${Date.now() % 10_000_000}` });
    const res = await t.http.get("/api/me/stall-draft").set(authHeader(t, user));
    expect(res.body.draft.phone).toMatch(/^090\d+$/);
  });

  it("needs a signed-in user", async () => {
    expect((await t.http.get("/api/me/stall-draft")).status).toBe(401);
  });
});

/** The payload of the approval mail queued for a stall (exactly one). */
async function approvalOf(stallId: string) {
  const rows = await ds
    .getRepository(OutboxMessage)
    .createQueryBuilder("o")
    .where("o.topic = :topic AND o.payload->>'stallId' = :stallId", { topic: STALL_APPROVED_TOPIC, stallId })
    .getMany();
  expect(rows).toHaveLength(1);
  return rows[0]!.payload;
}

describe("approving with a message", () => {
  it("records the message and mails it to the applicant", async () => {
    const applicant = await buildUser(ds);
    const applied = await t.http.post("/api/stalls").set(authHeader(t, applicant)).send(application);
    const id = applied.body.stall.id as string;
    const res = await t.http
      .post(`/api/admin/stalls/${id}/approve`)
      .set(authHeader(t, admin))
      .send({ message: "Nhớ chụp ảnh sản phẩm trên nền sáng nhé." });
    expect(res.status).toBe(200);
    expect(res.body.stall.decisions[0]).toMatchObject({ action: "approve", reason: "Nhớ chụp ảnh sản phẩm trên nền sáng nhé." });
    const [mail] = await composeStallNotice(ds.manager, await approvalOf(id), "https://cho.test");
    expect(mail).toMatchObject({ to: applicant.email, subject: expect.stringContaining("đã được duyệt") });
    expect(mail!.text).toContain("Lời nhắn từ ban quản trị: Nhớ chụp ảnh sản phẩm trên nền sáng nhé.");
    expect(mail!.text).toContain("https://cho.test/console");
  });

  it("approves without a message too, and refuses unknown fields (400)", async () => {
    const stall = await buildStall(ds, { status: "pending" });
    const approve = (body: object) => t.http.post(`/api/admin/stalls/${stall.id}/approve`).set(authHeader(t, admin)).send(body);
    expect((await approve({ reason: "x" })).status).toBe(400);
    expect((await approve({})).status).toBe(200);
    const [mail] = await composeStallNotice(ds.manager, await approvalOf(stall.id));
    expect(mail!.text).not.toContain("Lời nhắn");
  });
});

describe("the stall's public contact", () => {
  it("is hidden until the seller opts in, then shows the phone (and Zalo when chosen)", async () => {
    const stall = await buildStall(ds);
    const owner = await ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
    const pub = async () => (await t.http.get(`/api/stalls/${stall.slug}`)).body.stall.contact;
    expect(await pub()).toBeNull();
    const on = await t.http
      .patch("/api/seller/profile")
      .set(authHeader(t, owner))
      .send({ contactPublic: true, contactZalo: true });
    expect(on.status).toBe(200);
    expect(on.body.stall).toMatchObject({ contactPublic: true, contactZalo: true });
    expect(on.body.stall.contact).toBeUndefined();
    expect(await pub()).toEqual({ phone: "0912345678", zalo: true });
    await t.http.patch("/api/seller/profile").set(authHeader(t, owner)).send({ contactPublic: false });
    expect(await pub()).toBeNull();
  });
});

describe("balances due", () => {
  it("lists the stalls with something payable, largest first, with the statement's figures", async () => {
    const [a, b, none] = [await buildStall(ds), await buildStall(ds), await buildStall(ds)];
    const line = (stallId: string, kind: string, amount: number) =>
      ds.getRepository(LedgerEntry).insert({ stallId, kind: kind as LedgerEntry["kind"], amount, note: null });
    await line(a.id, "sale", 200_000);
    await line(a.id, "commission", -10_000);
    await line(b.id, "sale", 500_000);
    await line(b.id, "commission", -25_000);
    await line(b.id, "payout", -100_000);
    // Cash collected by its own carrier: it owes the commission, nothing is payable.
    await line(none.id, "sale", 100_000);
    await line(none.id, "cod_collected", -100_000);
    await line(none.id, "commission", -5_000);

    const res = await t.http.get("/api/admin/payouts/due").set(authHeader(t, admin));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2, page: 1 });
    expect(res.body.items).toEqual([
      { stall: { id: b.id, slug: b.slug, name: b.name }, available: 375_000, held: 400_000, payable: 375_000 },
      { stall: { id: a.id, slug: a.slug, name: a.name }, available: 190_000, held: 200_000, payable: 190_000 },
    ]);
    const statement = await t.http.get(`/api/admin/stalls/${b.id}/ledger`).set(authHeader(t, admin));
    expect(statement.body.balance).toMatchObject({ available: 375_000, held: 400_000, payable: 375_000 });
    expect((await t.http.get("/api/admin/payouts/due").set(authHeader(t, await buildUser(ds)))).status).toBe(403);
  });
});
