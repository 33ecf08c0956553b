import type { DataSource } from "typeorm";
import type { DayPoint, StallOrderStatus } from "@chophien/contracts";
import { createDataSource } from "../../db/data-source";
import { fixedClock } from "../../lib/clock";
import type { Product } from "../catalog/product.entity";
import type { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import { authHeader, buildOrder, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { freshMigratedDatabase } from "../../../test/database";
import { startTestApp, type TestApp } from "../../../test/harness";

// A database of our own: the platform figures count every row.
let t: TestApp;
let ds: DataSource;
let drop: () => Promise<void>;
let admin: User, seller: User;
let stall: Stall, other: Stall;
let honey: Product, coffee: Product, rival: Product;
/** 17:00 on 28 Nov 2026 in Vietnam. */
const NOW = new Date("2026-11-28T10:00:00Z");

/** An order of `items` in `status`, placed at `at` (UTC). */
async function placed(at: string, status: StallOrderStatus, items: { product: Product; quantity?: number }[]) {
  const { order, stallOrders } = await buildOrder(ds, { items, status });
  await ds.query(`UPDATE stall_order SET created_at = $2 WHERE order_id = $1`, [order.id, at]);
  await ds.query(`UPDATE customer_order SET created_at = $2 WHERE id = $1`, [order.id, at]);
  // buildOrder writes no shipping; give each stall order 20.000 ₫ so GMV is seen to include it.
  await ds.query(`UPDATE stall_order SET shipping_fee = 20000 WHERE order_id = $1`, [order.id]);
  return { order, stallOrders };
}

beforeAll(async () => {
  const db = await freshMigratedDatabase();
  drop = db.drop;
  ds = await createDataSource({ url: db.url, poolSize: 4 }).initialize();
  t = await startTestApp({ ds, clock: fixedClock(NOW) });
  admin = await buildUser(ds, { role: "admin" });
  stall = await buildStall(ds, { name: "Mật ong Hướng Hóa" });
  seller = await ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
  other = await buildStall(ds, { name: "Cà phê Khe Sanh" });
  honey = await buildProduct(ds, { stall, name: "Mật ong hoa cà phê", price: 120000 });
  coffee = await buildProduct(ds, { stall, name: "Cà phê rang mộc", price: 90000 });
  rival = await buildProduct(ds, { stall: other, name: "Cà phê Arabica", price: 200000 });

  // 23:30 on the 27th in Vietnam (16:30 UTC) and 00:30 on the 28th (17:30 UTC the day before).
  await placed("2026-11-27T16:30:00Z", "delivered", [{ product: honey, quantity: 2 }]);
  await placed("2026-11-27T17:30:00Z", "placed", [{ product: coffee }, { product: rival }]);
  // Not sales: cancelled, still awaiting payment; and one long before the period.
  await placed("2026-11-28T01:00:00Z", "cancelled", [{ product: honey, quantity: 5 }]);
  await placed("2026-11-28T02:00:00Z", "awaiting_payment", [{ product: honey, quantity: 5 }]);
  await placed("2026-09-01T02:00:00Z", "completed", [{ product: coffee, quantity: 3 }]);
  await ds.query(`UPDATE stall SET created_at = '2026-11-20T03:00:00Z' WHERE id = $1`, [other.id]);
  await ds.query(`UPDATE stall SET created_at = '2026-01-01T03:00:00Z' WHERE id = $1`, [stall.id]);
  await ds.query(
    `UPDATE product SET hidden_at = now(), hidden_reason = 'Ảnh không đúng', review_requested_at = now() WHERE id = $1`,
    [rival.id],
  );
  const pending = await buildStall(ds, { status: "pending" });
  await ds.query(`UPDATE stall SET created_at = '2026-11-28T09:00:00Z' WHERE id = $1`, [pending.id]);
});
afterAll(async () => {
  await t.close();
  await drop();
});

const day = (series: DayPoint[], d: string) => series.find((p) => p.day === d);

describe("the seller's dashboard", () => {
  it("sums sales per GMT+7 day, leaves out cancelled and unpaid orders, ranks products, counts statuses", async () => {
    const res = await t.http.get("/api/seller/summary").query({ days: 30 }).set(authHeader(t, seller));
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.days).toHaveLength(30);
    expect(s.days[0].day).toBe("2026-10-30");
    expect(s.days[29].day).toBe("2026-11-28");
    expect(day(s.days, "2026-11-27")).toEqual({ day: "2026-11-27", amount: 240000, count: 1 });
    expect(day(s.days, "2026-11-28")).toEqual({ day: "2026-11-28", amount: 90000, count: 1 });
    expect([s.revenue, s.orders]).toEqual([330000, 2]);
    expect(s.topProducts).toEqual([
      { productId: honey.id, name: "Mật ong hoa cà phê", quantity: 2, revenue: 240000, thumbnail: null },
      { productId: coffee.id, name: "Cà phê rang mộc", quantity: 1, revenue: 90000, thumbnail: null },
    ]);
    expect(s.counts).toEqual({ delivered: 1, placed: 1, cancelled: 1, awaiting_payment: 1, completed: 1 });

    const year = (await t.http.get("/api/seller/summary").query({ days: 366 }).set(authHeader(t, seller))).body;
    expect([year.days.length, year.revenue, year.orders]).toEqual([366, 600000, 3]);
  });

  it("is for the owner of an approved stall, with a sane period", async () => {
    expect((await t.http.get("/api/seller/summary")).status).toBe(401);
    expect((await t.http.get("/api/seller/summary").set(authHeader(t, await buildUser(ds)))).status).toBe(403);
    for (const days of [0, 367, "abc", 1.5]) {
      const res = await t.http.get("/api/seller/summary").query({ days }).set(authHeader(t, seller));
      expect([res.status, res.body.error.details[0].path]).toEqual([400, "query.days"]);
    }
  });
});

describe("the platform's dashboard", () => {
  it("sums GMV (goods + shipping) and orders per day, counts new stalls and the queues", async () => {
    const res = await t.http.get("/api/admin/summary").set(authHeader(t, admin));
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.orders).toHaveLength(30);
    expect(day(s.orders, "2026-11-27")).toEqual({ day: "2026-11-27", amount: 260000, count: 1 });
    // One checkout over two stalls: one order, both parts with their shipping.
    expect(day(s.orders, "2026-11-28")).toEqual({ day: "2026-11-28", amount: 90000 + 200000 + 40000, count: 1 });
    expect([s.gmv, s.orderCount]).toEqual([590000, 2]);
    expect(day(s.stalls, "2026-11-20")?.count).toBe(1);
    expect(s.newStalls).toBe(2); // Khe Sanh on the 20th, the pending application today
    expect(s).toMatchObject({ pendingApplications: 1, failedRefunds: 0, hiddenProducts: 1, reviewRequests: 1 });
    expect((await t.http.get("/api/admin/summary").set(authHeader(t, seller))).status).toBe(403);
  });
});
