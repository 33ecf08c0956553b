import type { Stall } from "../src/modules/stalls/stall.entity";
import { User } from "../src/modules/users/user.entity";
import { authHeader, buildStall, buildUser, randomTaxCode, unique } from "./factories";
import type { TestApp } from "./harness";

export const DAY = 86_400_000;
export const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

export interface Buyer {
  user: User & { email: string };
  orgId: string;
  phone: string;
  address: string;
}
export interface Seller {
  stall: Stall;
  owner: User;
}

export const demandBody = (over: object = {}) => ({
  title: "Cà phê Khe Sanh rang mộc cho chuỗi siêu thị",
  description: "Cần cà phê robusta Khe Sanh rang mộc, đóng bao 5 kg, giao hằng tháng về kho Đông Hà.",
  quantity: 2000,
  unit: "kg",
  tolerancePct: 10,
  requirements: {},
  respondBy: new Date(Date.now() + 7 * DAY).toISOString(),
  ...over,
});
export const offerBody = (over: object = {}) => ({
  quantity: 500,
  unitPrice: 180_000,
  message: "Cà phê vụ mới, giao tại kho.",
  ...over,
});

/**
 * The supply–demand board's actors over HTTP: verified (or pending, rejected) buyers, their demands, stalls and
 * their offers, and the buyer's moves. `app` and `admin` are read when called (they are made in `beforeAll`).
 */
export function demandFixtures(app: () => TestApp, admin: () => User) {
  /** A member of an organisation (verified unless told), with contacts unique to it, so a test can look for them. */
  async function buyer(status: "verified" | "pending" | "rejected" = "verified"): Promise<Buyer> {
    const t = app();
    const user = await buildUser(t.ds, { fullName: "Lê Thị Thu Mua" });
    const phone = `03${digits(8)}`;
    const address = `Số ${digits(3)} đường Hùng Vương ${unique()}, Đông Hà`;
    const res = await t.http
      .post("/api/me/organisation")
      .set(authHeader(t, user))
      .send({
        name: `Siêu thị Co.op ${unique()}`,
        taxCode: randomTaxCode(),
        kind: "retailer",
        province: "quang-tri",
        address,
        phone,
      });
    expect(res.status).toBe(201);
    const orgId = res.body.organisation.id as string;
    if (status !== "pending")
      await t.http
        .post(`/api/admin/organisations/${orgId}/${status === "verified" ? "verify" : "reject"}`)
        .set(authHeader(t, admin()))
        .send(status === "verified" ? {} : { reason: "Giấy tờ không khớp" })
        .expect(200);
    return { user, orgId, phone, address };
  }
  const post = (b: Buyer, over: object = {}) =>
    app().http.post("/api/demands").set(authHeader(app(), b.user)).send(demandBody(over));
  async function demand(b: Buyer, over: object = {}): Promise<string> {
    const res = await post(b, over);
    expect(res.status).toBe(201);
    return res.body.demand.id as string;
  }
  async function seller(over: Parameters<typeof buildStall>[1] = {}): Promise<Seller> {
    const stall = await buildStall(app().ds, over);
    return { stall, owner: await app().ds.getRepository(User).findOneByOrFail({ id: stall.ownerId }) };
  }
  const offer = (s: Seller, demandId: string, over: object = {}) =>
    app().http.post(`/api/demands/${demandId}/offers`).set(authHeader(app(), s.owner)).send(offerBody(over));
  async function offerId(s: Seller, demandId: string, over: object = {}): Promise<string> {
    const res = await offer(s, demandId, over);
    expect(res.status).toBe(201);
    return res.body.offer.id as string;
  }
  const act = (b: Buyer, demandId: string, id: string, move: string, body: object = {}) =>
    app().http.post(`/api/demands/${demandId}/offers/${id}/${move}`).set(authHeader(app(), b.user)).send(body);
  return { buyer, post, demand, seller, offer, offerId, act };
}
