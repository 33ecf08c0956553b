import type { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import { Voucher } from "./voucher.entity";
import { authHeader, buildProduct, buildStall, buildUser, unique } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
let admin: User;
beforeAll(async () => {
  t = await startTestApp();
  admin = await buildUser(t.ds, { role: "admin" });
});
afterAll(() => t.close());

const window = { startsAt: "2026-01-01T00:00:00+07:00", endsAt: "2027-06-01T00:00:00+07:00" };
const code = (p: string) => `${p}${unique()}`.slice(0, 24).toUpperCase();
async function create(stall: Stall | null, body: object) {
  const who = stall ? await t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId }) : admin;
  const res = await t.http
    .post(stall ? "/api/seller/vouchers" : "/api/admin/vouchers")
    .set(authHeader(t, who))
    .send({ ...window, ...body });
  expect(res.status).toBe(201);
  return res.body.voucher as { id: string; code: string };
}

describe("voucher previews and lists for shoppers", () => {
  it("GET /api/cart?voucherCodes= prices the cart as checkout would, says why a code does not apply, consumes nothing", async () => {
    const buyer = await buildUser(t.ds);
    const stall = await buildStall(t.ds, { province: "quang-tri" });
    const rice = await buildProduct(t.ds, { stall, price: 100_000, stock: 10 });
    await t.http.put("/api/cart/items").set(authHeader(t, buyer)).send({ productId: rice.id, quantity: 2 });
    const ten = await create(stall, { code: code("pv"), kind: "percent", value: 10 });
    const ship = await create(null, { code: code("sh"), kind: "free_shipping", value: 0 });
    const big = await create(null, { code: code("mn"), kind: "fixed", value: 50_000, minSubtotal: 1_000_000 });

    const res = await t.http
      .get(`/api/cart?province=quang-tri&voucherCodes=${ten.code.toLowerCase()},${ship.code},${big.code},NOPE-${unique()}`)
      .set(authHeader(t, buyer));
    expect(res.status).toBe(200);
    const p = res.body.cart.voucherPreview;
    // 200.000 − 10 % = 180.000; its 20.000 ₫ fee (same province) free.
    expect(p).toMatchObject({ subtotal: 180_000, shippingTotal: 0, discountTotal: 40_000, grandTotal: 180_000 });
    expect(
      p.codes.map((c: { status: string; reason: string | null; discount: number }) => [c.status, c.reason, c.discount]),
    ).toEqual([
      ["applied", null, 20_000],
      ["applied", null, 20_000],
      ["refused", "not_applicable", 0],
      ["refused", "unknown", 0],
    ]);
    expect(p.codes[2].message).toContain("Only one market voucher");
    const alone = await t.http.get(`/api/cart?voucherCodes=${big.code}`).set(authHeader(t, buyer));
    expect(alone.body.cart.voucherPreview.codes[0]).toMatchObject({ reason: "below_minimum" });
    expect(alone.body.cart.voucherPreview.codes[0].message).toContain("1.000.000 ₫");
    for (const v of [ten, ship]) expect((await t.ds.getRepository(Voucher).findOneByOrFail({ id: v.id })).used).toBe(0);

    // The picker: every voucher the cart could use, each with what it would do.
    const list = await t.http.get("/api/cart/vouchers?province=quang-tri").set(authHeader(t, buyer));
    expect(list.status).toBe(200);
    const mine = list.body.items.filter((i: { voucher: { code: string } }) =>
      [ten.code, ship.code, big.code].includes(i.voucher.code),
    );
    expect(mine.map((i: { outcome: { status: string } }) => i.outcome.status).sort()).toEqual(["applied", "applied", "refused"]);
  });

  it("a stall's page lists its active vouchers only", async () => {
    const stall = await buildStall(t.ds);
    const live = await create(stall, { code: code("live"), kind: "fixed", value: 5_000, totalQuantity: 3 });
    const paused = await create(stall, { code: code("pau"), kind: "fixed", value: 5_000 });
    const owner = await t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
    await t.http.patch(`/api/seller/vouchers/${paused.id}`).set(authHeader(t, owner)).send({ status: "paused" });
    await create(stall, {
      code: code("old"),
      kind: "fixed",
      value: 5_000,
      startsAt: "2025-01-01T00:00:00+07:00",
      endsAt: "2025-02-01T00:00:00+07:00",
    });
    const res = await t.http.get(`/api/stalls/${stall.slug}/vouchers`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([expect.objectContaining({ code: live.code, owner: "stall", remaining: 3, limited: false })]);
    expect((await t.http.get(`/api/stalls/no-such-${unique()}/vouchers`)).status).toBe(404);
  });
});
