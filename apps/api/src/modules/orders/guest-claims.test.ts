import crypto from "node:crypto";
import path from "node:path";
import { systemClock } from "../../lib/clock";
import { readSmsOutbox } from "../../lib/sms/sms";
import { AuthService } from "../auth/auth.service";
import { TokenService } from "../auth/tokens";
import { User } from "../users/user.entity";
import { Order } from "./order.entity";
import { authHeader, buildProduct, buildStall, buildUser, TEST_ADDRESS } from "../../../test/factories";
import { startTestApp, TEST_JWT_SECRET, type TestApp } from "../../../test/harness";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { TRUST_PROXY: "1" } });
});
afterAll(() => t.close());

let ipSeq = 0;
const anyIp = () => `198.18.${Math.floor(++ipSeq / 250) % 250}.${(ipSeq % 250) + 1}`;
const randomPhone = () => `09${String(crypto.randomInt(10_000_000, 99_999_999))}`;
const e164 = (local: string) => `+84${local.slice(1)}`;

/** A guest order by `phone` (the number as the guest typed it), bought from a fresh cookie cart. */
async function guestOrder(phone: string, fullName = "Phan Thị Lan"): Promise<{ id: string; code: string }> {
  const product = await buildProduct(t.ds, { stall: await buildStall(t.ds), stock: 5, price: 50000 });
  const put = await t.http.put("/api/cart/items").send({ productId: product.id, quantity: 1 });
  const cookie = ([put.headers["set-cookie"]].flat() as string[]).find((c) => c.startsWith("cp_cart="))!.split(";")[0]!;
  const res = await t.http
    .post("/api/checkout")
    .set("Cookie", cookie)
    .set("Idempotency-Key", `claim-${crypto.randomUUID()}`)
    .set("X-Forwarded-For", anyIp())
    .send({ shippingAddress: TEST_ADDRESS, paymentMethod: "cod", guest: { fullName, phone } });
  expect(res.status).toBe(201);
  return res.body.order;
}

/** Asks for an SMS code for `phone` (through `url`) and reads it from the development outbox. */
async function textedCode(phone: string, url = "/api/auth/otp", headers: Record<string, string> = {}): Promise<string> {
  expect((await t.http.post(url).set(headers).set("X-Forwarded-For", anyIp()).send({ phone })).status).toBe(202);
  const mine = (await readSmsOutbox(path.join(t.config.dataDir, "sms"))).filter((m) => m.to === e164(phone));
  return /(\d{6})/.exec(mine.at(-1)!.text)![1]!;
}

const myOrderCodes = async (accessToken: string) => {
  const res = await t.http.get("/api/orders").set("Authorization", `Bearer ${accessToken}`);
  expect(res.status).toBe(200);
  return (res.body.items as { code: string }[]).map((o) => o.code).sort();
};
const buyersOf = async (ids: string[]) =>
  (await t.ds.getRepository(Order).find({ where: ids.map((id) => ({ id })) })).map((o) => o.buyerId);

describe("claiming guest orders", () => {
  it("moves them to the account an SMS sign-in creates with that number, named after the guest", async () => {
    const phone = randomPhone();
    const first = await guestOrder(phone, "Phan Thị Lan");
    const second = await guestOrder(`+84${phone.slice(1)}`, "Phan Thị Lan");
    const someoneElse = await guestOrder(randomPhone());

    const signIn = await t.http
      .post("/api/auth/otp/verify")
      .set("X-Forwarded-For", anyIp())
      .send({ phone: `84${phone.slice(1)}`, code: await textedCode(phone) });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user).toMatchObject({ fullName: "Phan Thị Lan", phoneE164: e164(phone), email: null });
    const token = signIn.body.accessToken as string;
    expect(await myOrderCodes(token)).toEqual([first.code, second.code].sort());
    const detail = await t.http.get(`/api/orders/${first.code}`).set("Authorization", `Bearer ${token}`);
    expect(detail.status).toBe(200);
    expect(detail.body.order.shippingAddress.street).toBe(TEST_ADDRESS.street);
    expect(await buyersOf([someoneElse.id])).not.toContain(signIn.body.user.id);

    // The code and phone still open a claimed order without signing in.
    const looked = await t.http.get("/api/orders/lookup").query({ code: first.code, phone }).set("X-Forwarded-For", anyIp());
    expect(looked.status).toBe(200);

    // Bought as a guest again later (signed out): the next SMS sign-in brings that order in too.
    const later = await guestOrder(phone);
    expect(await buyersOf([later.id])).not.toContain(signIn.body.user.id);
    const again = await t.http
      .post("/api/auth/otp/verify")
      .set("X-Forwarded-For", anyIp())
      .send({ phone, code: await textedCode(phone) });
    expect(again.body.user.id).toBe(signIn.body.user.id);
    expect(await myOrderCodes(again.body.accessToken)).toEqual([first.code, second.code, later.code].sort());
  });

  it("moves them to an existing e-mail account that proves the number through POST /api/me/phone", async () => {
    const phone = randomPhone();
    const order = await guestOrder(phone);
    const member = await buildUser(t.ds);
    const h = authHeader(t, member);
    const token = h.Authorization.slice("Bearer ".length);
    expect(await myOrderCodes(token)).toEqual([]);
    // Asking for the code proves nothing: the order stays the guest's until the code comes back.
    const code = await textedCode(phone, "/api/me/phone", h);
    expect(await myOrderCodes(token)).toEqual([]);
    const verified = await t.http.post("/api/me/phone/verify").set(h).set("X-Forwarded-For", anyIp()).send({ phone, code });
    expect(verified.status).toBe(200);
    expect(verified.body.user).toMatchObject({ id: member.id, email: member.email, phoneE164: e164(phone) });
    expect(await myOrderCodes(token)).toEqual([order.code]);
    // Her name stays her own; the guest's was only a guess for new accounts.
    expect((await t.ds.getRepository(User).findOneByOrFail({ id: member.id })).fullName).toBe(member.fullName);
  });

  it("claims once under concurrent sign-ins: one account, every order, none twice", async () => {
    const phone = randomPhone();
    const orders = [await guestOrder(phone), await guestOrder(phone), await guestOrder(phone)];
    // Concurrent SMS sign-ins of one number (each having proved it), as several devices or API processes would.
    const auth = new AuthService(t.ds, new TokenService(TEST_JWT_SECRET, systemClock), systemClock, TEST_JWT_SECRET);
    const sessions = await Promise.all(Array.from({ length: 6 }, () => auth.signInByPhone(e164(phone))));

    const ids = new Set(sessions.map((s) => s.user.id));
    expect(ids.size).toBe(1);
    expect(sessions.filter((s) => s.created)).toHaveLength(1);
    const claimed = sessions.flatMap((s) => s.claimed).sort();
    expect(claimed).toEqual(orders.map((o) => o.id).sort());
    expect(new Set(await buyersOf(orders.map((o) => o.id)))).toEqual(ids);
    expect(await t.ds.getRepository(User).countBy({ phoneE164: e164(phone) })).toBe(1);
    expect(await myOrderCodes(sessions[0]!.accessToken)).toEqual(orders.map((o) => o.code).sort());
  });

  it("never moves orders on a code asked for but not proved, nor to another number's account", async () => {
    const phone = randomPhone();
    const order = await guestOrder(phone);
    const right = await textedCode(phone);
    const code = right === "000000" ? "111111" : "000000";
    const wrong = await t.http.post("/api/auth/otp/verify").set("X-Forwarded-For", anyIp()).send({ phone, code });
    expect(wrong.status).toBe(400);
    const other = randomPhone();
    const stranger = await t.http
      .post("/api/auth/otp/verify")
      .set("X-Forwarded-For", anyIp())
      .send({ phone: other, code: await textedCode(other) });
    expect(stranger.status).toBe(200);
    expect(await myOrderCodes(stranger.body.accessToken)).toEqual([]);
    const guest = await t.ds.getRepository(User).findOneByOrFail({ guestPhoneE164: e164(phone) });
    expect(await buyersOf([order.id])).toEqual([guest.id]);
  });
});
