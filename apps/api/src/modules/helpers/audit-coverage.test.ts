import type { Express } from "express";
import sharp from "sharp";
import type supertest from "supertest";
import {
  authHeader,
  buildCategory,
  buildGrant,
  buildOrder,
  buildProduct,
  buildStall,
  buildUser,
  randomTaxCode,
} from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { Product } from "../catalog/product.entity";
import { Review } from "../reviews/review.entity";
import type { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";

let t: TestApp;
let stall: Stall;
let helper: User;
let owner: User;
let grantId: string;
const ZERO = "00000000-0000-4000-8000-000000000000";

interface Layer {
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}
/** Every write route under /seller (method and path as declared). */
function sellerWrites(app: Express): string[] {
  const out: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const l of stack) {
      if (l.route && typeof l.route.path === "string" && l.route.path.startsWith("/seller"))
        for (const m of Object.keys(l.route.methods)) if (m !== "get") out.push(`${m.toUpperCase()} ${l.route.path}`);
      if (l.handle?.stack) walk(l.handle.stack);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return out.sort();
}

beforeAll(async () => {
  t = await startTestApp();
  stall = await buildStall(t.ds);
  ({
    helper,
    grant: { id: grantId },
  } = await buildGrant(t.ds, stall));
  owner = await t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
});
afterAll(() => t.close());

const rows = async () =>
  t.ds.query<{ id: string; route: string; target_id: string | null }[]>(
    `SELECT id, route, target_id FROM stall_audit WHERE grant_id = $1`,
    [grantId],
  );
const as = () => ({ ...authHeader(t, helper), "X-Acting-For-Stall": stall.id });
const png = () =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: "#8b4513" } })
    .png()
    .toBuffer();

type Call = () => supertest.Test;
interface Case {
  /** A write that succeeds (its target is the audit row's). */
  ok: () => Promise<{ call: Call; target: string }> | { call: Call; target: string };
  /** The same route failing (validation, a missing target, an illegal move). */
  fail: () => Promise<Call> | Call;
}

const placedOrder = async () =>
  (await buildOrder(t.ds, { items: [{ product: await buildProduct(t.ds, { stall }) }], status: "placed" })).stallOrders[0]!.id;
const confirmedOrder = async () =>
  (await buildOrder(t.ds, { items: [{ product: await buildProduct(t.ds, { stall }) }], status: "confirmed" })).stallOrders[0]!.id;
const shippedOrder = async () =>
  (await buildOrder(t.ds, { items: [{ product: await buildProduct(t.ds, { stall }) }], status: "shipped" })).stallOrders[0]!.id;
const withImages = async (n: number) => {
  const p = await buildProduct(t.ds, { stall });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await t.http
      .post(`/api/seller/products/${p.id}/images`)
      .set(authHeader(t, owner))
      .attach("image", await png(), "a.png");
    ids.push(res.body.image.id as string);
  }
  return { id: p.id, images: ids };
};
const post =
  (url: string, body: object = {}) =>
  () =>
    t.http.post(url).set(as()).send(body);
const patch = (url: string, body: object) => () => t.http.patch(url).set(as()).send(body);
const del = (url: string) => () => t.http.delete(url).set(as());
const day = new Date().toISOString().slice(0, 10);
/** An open offer of the stall (made by its owner, so unaudited) on a new demand of a verified organisation. */
async function stallOffer(): Promise<string> {
  const [buyer, admin] = [await buildUser(t.ds), await buildUser(t.ds, { role: "admin" })];
  const org = await t.http
    .post("/api/me/organisation")
    .set(authHeader(t, buyer))
    .send({
      name: "Siêu thị Hòa Bình",
      taxCode: randomTaxCode(),
      kind: "retailer",
      province: "quang-tri",
      address: "12 Hùng Vương, Đông Hà",
      phone: "0912345678",
    })
    .expect(201);
  await t.http.post(`/api/admin/organisations/${org.body.organisation.id}/verify`).set(authHeader(t, admin)).send({}).expect(200);
  const demand = await t.http
    .post("/api/demands")
    .set(authHeader(t, buyer))
    .send({
      title: "Cà phê Khe Sanh cho chuỗi siêu thị",
      description: "Cà phê rang mộc đóng bao 5 kg, giao về kho Đông Hà.",
      quantity: 1000,
      unit: "kg",
      tolerancePct: 10,
      respondBy: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    })
    .expect(201);
  const offer = await t.http
    .post(`/api/demands/${demand.body.demand.id}/offers`)
    .set(authHeader(t, owner))
    .send({ quantity: 500, unitPrice: 180_000, message: "Giao tại kho." })
    .expect(201);
  return offer.body.offer.id as string;
}
/** A published connection event a week away (made by an admin). */
async function openEvent(): Promise<string> {
  const admin = authHeader(t, await buildUser(t.ds, { role: "admin" }));
  const made = await t.http
    .post("/api/admin/events")
    .set(admin)
    .send({
      title: "Hội chợ kết nối cung cầu Quảng Trị",
      kind: "fair",
      description: "Gian hàng thanh niên gặp doanh nghiệp thu mua nông sản.",
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 4 * 3_600_000).toISOString(),
      place: "Quảng trường 3/2, Đông Hà",
    })
    .expect(201);
  const id = made.body.event.id as string;
  await t.http.post(`/api/admin/events/${id}/publish`).set(admin).send({}).expect(200);
  return id;
}
/** A stall's 10 % voucher for the year. */
let voucherSeq = 0;
const voucher = () => ({
  code: `audit${Date.now() % 100000}${++voucherSeq}`,
  kind: "percent",
  value: 10,
  startsAt: "2026-01-01T00:00:00+07:00",
  endsAt: "2027-12-31T00:00:00+07:00",
});
/** An OCOP certificate as a stall submits it (a provincial 4★ decision, valid until 2028). */
const certificate = (productId: string) => ({
  regime: "148-2023",
  productGroup: "food",
  stars: 4,
  score: 78,
  issuingLevel: "province",
  issuingAuthority: "UBND tỉnh Quảng Trị",
  decisionNo: "2468/QĐ-UBND",
  decisionDate: "2025-03-14",
  productIds: [productId],
});

/** A live session the stall hosts (scheduled; `live` also verifies the owner and starts it), with one offer. */
const livePlan = () => ({
  title: "Phiên chợ kiểm thử",
  startsAt: new Date(Date.now() + 3_600_000).toISOString(),
  endsAt: new Date(Date.now() + 7_200_000).toISOString(),
  platform: "facebook",
});
const liveSession = async (opts: { live?: boolean; offer?: boolean } = {}) => {
  const own = authHeader(t, owner);
  const id = (await t.http.post("/api/seller/live-sessions").set(own).send(livePlan())).body.session.id as string;
  let offerId = "";
  if (opts.offer || opts.live) {
    const p = await buildProduct(t.ds, { stall, price: 100_000, stock: 5 });
    offerId = (
      await t.http
        .post(`/api/seller/live-sessions/${id}/offers`)
        .set(own)
        .send({ productId: p.id, livePrice: 90_000, quantity: 3 })
    ).body.offer.id as string;
  }
  if (opts.live) {
    const admin = await buildUser(t.ds, { role: "admin" });
    await t.ds.query(
      `INSERT INTO identity_decision (user_id, admin_id, action, document_type) VALUES ($1, $2, 'verify', 'cccd')`,
      [owner.id, admin.id],
    );
    await t.http.post(`/api/seller/live-sessions/${id}/start`).set(own).send({});
  }
  return { id, offerId };
};

/** Every seller write route: a success and a failure. A new write route without a case here fails the first test. */
const CASES: Record<string, Case> = {
  "POST /seller/products": {
    ok: async () => {
      const c = await buildCategory(t.ds);
      return {
        call: post("/api/seller/products", { name: "Mật ong rừng", categoryId: c.id, price: 150000, unit: "chai", stock: 5 }),
        target: "",
      };
    },
    fail: () => post("/api/seller/products", { name: "Mật ong rừng", categoryId: ZERO, price: 150000, unit: "chai", stock: 5 }),
  },
  "PATCH /seller/products/:id": {
    ok: async () => {
      const p = await buildProduct(t.ds, { stall });
      return { call: patch(`/api/seller/products/${p.id}`, { stock: 3 }), target: p.id };
    },
    fail: async () =>
      patch(`/api/seller/products/${(await buildProduct(t.ds, { stall, price: 1000 })).id}`, { compareAtPrice: 500 }),
  },
  "DELETE /seller/products/:id": {
    ok: async () => {
      const p = await buildProduct(t.ds, { stall });
      return { call: del(`/api/seller/products/${p.id}`), target: p.id };
    },
    fail: async () => del(`/api/seller/products/${(await buildProduct(t.ds)).id}`),
  },
  "POST /seller/products/:id/request-review": {
    ok: async () => {
      const p = await buildProduct(t.ds, { stall });
      await t.ds.getRepository(Product).update({ id: p.id }, { hiddenAt: new Date(), hiddenReason: "Ảnh mờ" });
      return { call: post(`/api/seller/products/${p.id}/request-review`, { note: "Đã thay ảnh" }), target: p.id };
    },
    fail: async () => post(`/api/seller/products/${(await buildProduct(t.ds, { stall })).id}/request-review`, { note: "x y z" }),
  },
  "POST /seller/products/:id/images": {
    ok: async () => {
      const p = await buildProduct(t.ds, { stall });
      const image = await png();
      return {
        call: () => t.http.post(`/api/seller/products/${p.id}/images`).set(as()).attach("image", image, "a.png"),
        target: p.id,
      };
    },
    fail: async () => {
      const p = await buildProduct(t.ds, { stall });
      return () =>
        t.http.post(`/api/seller/products/${p.id}/images`).set(as()).attach("image", Buffer.from("not an image"), "a.png");
    },
  },
  "PATCH /seller/products/:id/images": {
    ok: async () => {
      const p = await withImages(2);
      return { call: patch(`/api/seller/products/${p.id}/images`, { imageIds: [...p.images].reverse() }), target: p.id };
    },
    fail: async () => {
      const p = await withImages(1);
      return patch(`/api/seller/products/${p.id}/images`, { imageIds: [ZERO] });
    },
  },
  "DELETE /seller/products/:id/images/:imageId": {
    ok: async () => {
      const p = await withImages(1);
      return { call: del(`/api/seller/products/${p.id}/images/${p.images[0]}`), target: p.id };
    },
    fail: async () => del(`/api/seller/products/${(await buildProduct(t.ds, { stall })).id}/images/${ZERO}`),
  },
  "POST /seller/orders/:id/confirm": {
    ok: async () => {
      const id = await placedOrder();
      return { call: post(`/api/seller/orders/${id}/confirm`), target: id };
    },
    fail: async () => post(`/api/seller/orders/${await shippedOrder()}/confirm`),
  },
  "POST /seller/orders/:id/ship": {
    ok: async () => {
      const id = await confirmedOrder();
      return {
        call: post(`/api/seller/orders/${id}/ship`, { carrier: "Viettel Post", trackingNumber: "VTP123456" }),
        target: id,
      };
    },
    fail: async () =>
      post(`/api/seller/orders/${await placedOrder()}/ship`, { carrier: "Viettel Post", trackingNumber: "VTP123456" }),
  },
  "POST /seller/orders/:id/deliver": {
    ok: async () => {
      const id = await shippedOrder();
      return { call: post(`/api/seller/orders/${id}/deliver`), target: id };
    },
    fail: async () => post(`/api/seller/orders/${await placedOrder()}/deliver`),
  },
  "POST /seller/orders/:id/cancel": {
    ok: async () => {
      const id = await placedOrder();
      return { call: post(`/api/seller/orders/${id}/cancel`, { reason: "Hết hàng" }), target: id };
    },
    fail: async () => post(`/api/seller/orders/${await shippedOrder()}/cancel`, { reason: "Hết hàng" }),
  },
  "POST /seller/reviews/:id/reply": {
    ok: async () => {
      const p = await buildProduct(t.ds, { stall });
      const r = await t.ds
        .getRepository(Review)
        .save({ productId: p.id, authorId: (await buildUser(t.ds)).id, rating: 5, text: "Ngon" });
      return { call: post(`/api/seller/reviews/${r.id}/reply`, { text: "Cảm ơn bạn" }), target: r.id };
    },
    fail: () => post(`/api/seller/reviews/${ZERO}/reply`, { text: "Cảm ơn bạn" }),
  },
  "POST /seller/products/:id/batches": {
    ok: async () => {
      const p = await buildProduct(t.ds, { stall });
      return {
        call: post(`/api/seller/products/${p.id}/batches`, {
          lot: `L${Date.now()}`,
          producedOn: day,
          quantity: 10,
          unit: "chai",
        }),
        target: "",
      };
    },
    fail: async () =>
      post(`/api/seller/products/${(await buildProduct(t.ds)).id}/batches`, {
        lot: "L1",
        producedOn: day,
        quantity: 10,
        unit: "chai",
      }),
  },
  "POST /seller/batches/:id/events": {
    ok: async () => {
      const p = await buildProduct(t.ds, { stall });
      const b = await t.http
        .post(`/api/seller/products/${p.id}/batches`)
        .set(authHeader(t, owner))
        .send({ lot: "L1", producedOn: day, quantity: 5, unit: "chai" });
      const id = b.body.batch.id as string;
      return {
        call: post(`/api/seller/batches/${id}/events`, {
          type: "harvest",
          occurredAt: new Date().toISOString(),
          note: "Thu hoạch",
        }),
        target: id,
      };
    },
    fail: () =>
      post(`/api/seller/batches/${ZERO}/events`, { type: "harvest", occurredAt: new Date().toISOString(), note: "Thu hoạch" }),
  },
  "POST /seller/ocop-certificates": {
    ok: async () => {
      const p = await buildProduct(t.ds, { stall });
      return { call: post("/api/seller/ocop-certificates", certificate(p.id)), target: "" };
    },
    fail: () => post("/api/seller/ocop-certificates", certificate(ZERO)),
  },
  "POST /seller/ocop-certificates/:id/document": {
    ok: async () => {
      const p = await buildProduct(t.ds, { stall });
      const made = await t.http.post("/api/seller/ocop-certificates").set(authHeader(t, owner)).send(certificate(p.id));
      const id = made.body.certificate.id as string;
      const image = await png();
      return {
        call: () => t.http.post(`/api/seller/ocop-certificates/${id}/document`).set(as()).attach("file", image, "scan.png"),
        target: id,
      };
    },
    fail: async () => {
      const p = await buildProduct(t.ds, { stall });
      const made = await t.http.post("/api/seller/ocop-certificates").set(authHeader(t, owner)).send(certificate(p.id));
      const id = made.body.certificate.id as string;
      return () =>
        t.http
          .post(`/api/seller/ocop-certificates/${id}/document`)
          .set(as())
          .attach("file", Buffer.from("<html>x</html>"), "a.pdf");
    },
  },
  "POST /seller/vouchers": {
    ok: () => ({ call: post("/api/seller/vouchers", voucher()), target: "" }),
    fail: () => post("/api/seller/vouchers", { ...voucher(), kind: "percent", value: 150 }),
  },
  "PATCH /seller/vouchers/:id": {
    ok: async () => {
      const made = await t.http.post("/api/seller/vouchers").set(authHeader(t, owner)).send(voucher());
      const id = made.body.voucher.id as string;
      return { call: patch(`/api/seller/vouchers/${id}`, { status: "paused" }), target: id };
    },
    fail: () => patch(`/api/seller/vouchers/${ZERO}`, { status: "paused" }),
  },
  "POST /seller/demand-offers/:id/counter": {
    ok: async () => {
      const id = await stallOffer();
      return {
        call: post(`/api/seller/demand-offers/${id}/counter`, { unitPrice: 175_000, quantity: 500, message: "Giảm giá." }),
        target: id,
      };
    },
    fail: () => post(`/api/seller/demand-offers/${ZERO}/counter`, { unitPrice: 175_000, quantity: 500, message: "Giảm giá." }),
  },
  "POST /seller/demand-offers/:id/product": {
    ok: async () => {
      const [id, product] = [await stallOffer(), await buildProduct(t.ds, { stall })];
      return { call: post(`/api/seller/demand-offers/${id}/product`, { productId: product.id }), target: id };
    },
    fail: () => post(`/api/seller/demand-offers/${ZERO}/product`, { productId: ZERO }),
  },
  "POST /seller/demand-offers/:id/withdraw": {
    ok: async () => {
      const id = await stallOffer();
      return { call: post(`/api/seller/demand-offers/${id}/withdraw`), target: id };
    },
    fail: () => post(`/api/seller/demand-offers/${ZERO}/withdraw`),
  },
  "POST /seller/events/:id/register": {
    ok: async () => {
      const id = await openEvent();
      return { call: post(`/api/seller/events/${id}/register`), target: id };
    },
    fail: () => post(`/api/seller/events/${ZERO}/register`),
  },
  "POST /seller/events/:id/unregister": {
    ok: async () => {
      const id = await openEvent();
      await t.http.post(`/api/seller/events/${id}/register`).set(authHeader(t, owner)).send({}).expect(200);
      return { call: post(`/api/seller/events/${id}/unregister`), target: id };
    },
    fail: () => post(`/api/seller/events/${ZERO}/unregister`),
  },
  "PATCH /seller/profile": {
    ok: () => ({
      call: patch("/api/seller/profile", { address: `Thôn ${Date.now() % 100}, xã Hướng Phùng` }),
      target: stall.id,
    }),
    fail: () => patch("/api/seller/profile", { phone: "không phải số" }),
  },
  "POST /seller/products/import": {
    ok: async () => {
      const c = await buildCategory(t.ds);
      const csv = `name,category,price,unit,stock\r\nTrà atiso Quảng Trị,${c.slug},90000,hộp,4\r\n`;
      return {
        call: () => t.http.post("/api/seller/products/import").set(as()).attach("file", Buffer.from(csv), "a.csv"),
        target: "",
      };
    },
    fail: () => {
      const csv = `name,category,price,unit,stock\r\nTrà atiso Quảng Trị,khong-co,90000,hộp,4\r\n`;
      return () => t.http.post("/api/seller/products/import").set(as()).attach("file", Buffer.from(csv), "a.csv");
    },
  },
  "POST /seller/live-sessions": {
    ok: () => ({ call: post("/api/seller/live-sessions", livePlan()), target: "" }),
    fail: () => post("/api/seller/live-sessions", { ...livePlan(), platform: "zalo" }),
  },
  "PATCH /seller/live-sessions/:id": {
    ok: async () => {
      const { id } = await liveSession();
      return { call: patch(`/api/seller/live-sessions/${id}`, { viewersPeak: 2500 }), target: id };
    },
    fail: () => patch(`/api/seller/live-sessions/${ZERO}`, { viewersPeak: 2500 }),
  },
  "POST /seller/live-sessions/:id/invitations": {
    ok: async () => {
      const { id } = await liveSession();
      return { call: post(`/api/seller/live-sessions/${id}/invitations`, { stallId: (await buildStall(t.ds)).id }), target: id };
    },
    fail: () => post(`/api/seller/live-sessions/${ZERO}/invitations`, { stallId: ZERO }),
  },
  "POST /seller/live-sessions/:id/accept": {
    ok: async () => {
      const host = await buildStall(t.ds);
      const hostOwner = authHeader(t, await t.ds.getRepository(User).findOneByOrFail({ id: host.ownerId }));
      const id = (await t.http.post("/api/seller/live-sessions").set(hostOwner).send(livePlan())).body.session.id as string;
      await t.http.post(`/api/seller/live-sessions/${id}/invitations`).set(hostOwner).send({ stallId: stall.id });
      return { call: post(`/api/seller/live-sessions/${id}/accept`), target: id };
    },
    fail: () => post(`/api/seller/live-sessions/${ZERO}/accept`),
  },
  "POST /seller/live-sessions/:id/offers": {
    ok: async () => {
      const { id } = await liveSession();
      const p = await buildProduct(t.ds, { stall, price: 100_000 });
      return {
        call: post(`/api/seller/live-sessions/${id}/offers`, { productId: p.id, livePrice: 80_000, quantity: 2 }),
        target: "",
      };
    },
    fail: async () => {
      const { id } = await liveSession();
      const p = await buildProduct(t.ds, { stall, price: 100_000 });
      return post(`/api/seller/live-sessions/${id}/offers`, { productId: p.id, livePrice: 120_000, quantity: 2 });
    },
  },
  "POST /seller/live-sessions/:id/start": {
    ok: async () => {
      const { id } = await liveSession({ offer: true });
      const admin = await buildUser(t.ds, { role: "admin" });
      await t.ds.query(
        `INSERT INTO identity_decision (user_id, admin_id, action, document_type) VALUES ($1, $2, 'verify', 'cccd')`,
        [owner.id, admin.id],
      );
      return { call: post(`/api/seller/live-sessions/${id}/start`), target: id };
    },
    fail: () => post(`/api/seller/live-sessions/${ZERO}/start`),
  },
  "POST /seller/live-sessions/:id/end": {
    ok: async () => {
      const { id } = await liveSession({ live: true });
      return { call: post(`/api/seller/live-sessions/${id}/end`), target: id };
    },
    fail: async () => post(`/api/seller/live-sessions/${(await liveSession()).id}/end`),
  },
  "POST /seller/live-sessions/:id/cancel": {
    ok: async () => {
      const { id } = await liveSession();
      return { call: post(`/api/seller/live-sessions/${id}/cancel`), target: id };
    },
    fail: () => post(`/api/seller/live-sessions/${ZERO}/cancel`),
  },
  "POST /seller/live-sessions/:id/pin": {
    ok: async () => {
      const { id, offerId } = await liveSession({ offer: true });
      return { call: post(`/api/seller/live-sessions/${id}/pin`, { offerId }), target: id };
    },
    fail: async () => post(`/api/seller/live-sessions/${(await liveSession()).id}/pin`, { offerId: ZERO }),
  },
  "POST /seller/live-sessions/:id/comments": {
    ok: async () => {
      const { id } = await liveSession({ live: true });
      return { call: post(`/api/seller/live-sessions/${id}/comments`, { lines: ["A1 1 0905123456 Nguyen Van A"] }), target: id };
    },
    fail: async () => post(`/api/seller/live-sessions/${(await liveSession()).id}/comments`, { lines: ["A1 1 0905123456"] }),
  },
};

describe("every seller write made under a grant", () => {
  it("has a case here (a new write route must say how it is audited)", () => {
    expect(sellerWrites(t.app)).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.keys(CASES))("%s: a success writes exactly one audit row, a failure none", async (route) => {
    const c = CASES[route]!;
    const failing = await c.fail();
    const before = await rows();
    const failed = await failing();
    expect([route, failed.status >= 400 && failed.status < 500]).toEqual([route, true]);
    expect(await rows()).toHaveLength(before.length);

    const { call, target } = await c.ok();
    const res = await call();
    expect([route, res.status]).toEqual([route, res.status < 300 ? res.status : "a 2xx"]);
    const after = await rows();
    expect(after).toHaveLength(before.length + 1);
    const row = after.find((r) => !before.some((b) => b.id === r.id))!;
    expect(row.route).toBe(route);
    if (target) expect(row.target_id).toBe(target);
  });
});
