import type supertest from "supertest";
import type { Product } from "../catalog/product.entity";
import type { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import { authHeader, buildGrant, buildOrder, buildProduct, buildStall } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
let http: ReturnType<typeof supertest>;
beforeAll(async () => {
  t = await startTestApp({ env: { PUBLIC_URL: "https://cho.example.vn" } });
  http = t.http;
});
afterAll(() => t.close());

const ownerOf = (stall: Stall) => t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
let lots = 0;
const newBatch = async (owner: User, product: Product, quantity = 50) => {
  const res = await http
    .post(`/api/seller/products/${product.id}/batches`)
    .set(authHeader(t, owner))
    .send({ lot: `LO-${++lots}`, producedOn: "2026-11-20", quantity, unit: "gói" });
  expect(res.status).toBe(201);
  return res.body.batch as { id: string; code: string; lot: string };
};

/** A confirmed stall order for `qty` of a product of a new stall, with two batches of that product. */
async function scene(qty = 3) {
  const stall = await buildStall(t.ds, { name: "Hồ tiêu Cùa" });
  const owner = await ownerOf(stall);
  const product = await buildProduct(t.ds, { stall, name: "Hồ tiêu đen" });
  const other = await buildProduct(t.ds, { stall, name: "Hồ tiêu trắng" });
  const { order, stallOrders, buyer } = await buildOrder(t.ds, {
    items: [
      { product, quantity: qty },
      { product: other, quantity: 1 },
    ],
    status: "confirmed",
  });
  const [a, b] = [await newBatch(owner, product), await newBatch(owner, product)];
  const ofOther = await newBatch(owner, other);
  const part = stallOrders[0]!;
  const items = (await t.ds.query<{ id: string; product_id: string }[]>(
    `SELECT id, product_id FROM order_item WHERE stall_order_id = $1`,
    [part.id],
  )) as { id: string; product_id: string }[];
  const itemOf = (p: Product) => items.find((i) => i.product_id === p.id)!.id;
  return { stall, owner, product, other, order, part, buyer, a, b, ofOther, item: itemOf(product), otherItem: itemOf(other) };
}
const ship = (who: User, partId: string, items?: unknown, headers: Record<string, string> = {}) =>
  http
    .post(`/api/seller/orders/${partId}/ship`)
    .set({ ...authHeader(t, who), ...headers })
    .send({ carrier: "Viettel Post", trackingNumber: "VTP123456", ...(items === undefined ? {} : { items }) });

describe("shipping with batches", () => {
  it("records each item's batches; the buyer's order carries the trace code of the main one", async () => {
    const s = await scene(3);
    const res = await ship(s.owner, s.part.id, [
      {
        itemId: s.item,
        batches: [
          { batchId: s.a.id, quantity: 1 },
          { batchId: s.b.id, quantity: 2 },
        ],
      },
      { itemId: s.otherItem, batches: [{ batchId: s.ofOther.id, quantity: 1 }] },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.stallOrder.status).toBe("shipped");
    const buyerView = await http.get(`/api/orders/${s.order.code}`).set(authHeader(t, s.buyer));
    expect(buyerView.status).toBe(200);
    const items = buyerView.body.order.stallOrders[0].items as {
      productId: string;
      traceCode: string | null;
      batches: unknown[];
    }[];
    const main = items.find((i) => i.productId === s.product.id)!;
    expect(main.traceCode).toBe(s.b.code);
    expect(main.batches).toEqual([
      { code: s.b.code, lot: s.b.lot, quantity: 2 },
      { code: s.a.code, lot: s.a.lot, quantity: 1 },
    ]);
    expect(items.find((i) => i.productId === s.other.id)!.traceCode).toBe(s.ofOther.code);
    // The code leads to a public trace page.
    expect((await http.get(`/api/trace/${main.traceCode}`)).body.product.name).toBe("Hồ tiêu đen");
  });

  it("is optional: items shipped without batches have no trace code", async () => {
    const s = await scene(2);
    expect((await ship(s.owner, s.part.id)).status).toBe(200);
    const buyerView = await http.get(`/api/orders/${s.order.code}`).set(authHeader(t, s.buyer));
    for (const i of buyerView.body.order.stallOrders[0].items) expect(i).toMatchObject({ traceCode: null, batches: [] });
  });

  it("refuses quantities that do not add up, other products' batches, other stalls' batches and foreign items — and ships nothing", async () => {
    const s = await scene(3);
    const stranger = await scene(1);
    const cases: [unknown, number, RegExp][] = [
      [[{ itemId: s.item, batches: [{ batchId: s.a.id, quantity: 2 }] }], 400, /add up to 2, the item has 3/],
      [[{ itemId: s.item, batches: [{ batchId: s.ofOther.id, quantity: 3 }] }], 400, /another product/],
      [[{ itemId: s.item, batches: [{ batchId: stranger.a.id, quantity: 3 }] }], 404, /Batch/],
      [[{ itemId: stranger.item, batches: [{ batchId: s.a.id, quantity: 3 }] }], 400, /not in this order/],
      [
        [
          { itemId: s.item, batches: [{ batchId: s.a.id, quantity: 3 }] },
          { itemId: s.item, batches: [{ batchId: s.a.id, quantity: 3 }] },
        ],
        400,
        /named once/,
      ],
      [
        [
          {
            itemId: s.item,
            batches: [
              { batchId: s.a.id, quantity: 1 },
              { batchId: s.a.id, quantity: 2 },
            ],
          },
        ],
        400,
        /named once per item/,
      ],
      [[{ itemId: s.item, batches: [{ batchId: s.a.id, quantity: 0 }] }], 400, /./],
      [[{ itemId: s.item, batches: [] }], 400, /./],
      [[{ itemId: s.item, batches: [{ batchId: "nope", quantity: 3 }] }], 400, /./],
      [[{ itemId: s.item, batches: [{ batchId: s.a.id, quantity: 3, extra: 1 }] }], 400, /./],
    ];
    for (const [items, status, message] of cases) {
      const res = await ship(s.owner, s.part.id, items);
      expect([res.status, res.body.error?.message]).toEqual([status, expect.stringMatching(message)]);
    }
    const [row] = await t.ds.query<{ status: string }[]>(`SELECT status FROM stall_order WHERE id = $1`, [s.part.id]);
    expect(row!.status).toBe("confirmed");
    expect(await t.ds.query(`SELECT 1 FROM order_item_batch WHERE order_item_id = $1`, [s.item])).toEqual([]);
    // Another stall's order stays 404 whatever the body says.
    expect(
      (await ship(s.owner, stranger.part.id, [{ itemId: stranger.item, batches: [{ batchId: stranger.a.id, quantity: 1 }] }]))
        .status,
    ).toBe(404);
  });

  it("by a helper is audited with the batches named", async () => {
    const s = await scene(1);
    const { grant, helper } = await buildGrant(t.ds, s.stall, { scopes: ["orders"] });
    const res = await ship(helper, s.part.id, [{ itemId: s.item, batches: [{ batchId: s.a.id, quantity: 1 }] }], {
      "X-Acting-For-Stall": s.stall.id,
    });
    expect(res.status).toBe(200);
    const rows = await t.ds.query<{ after: Record<string, unknown> }[]>(`SELECT after FROM stall_audit WHERE grant_id = $1`, [
      grant.id,
    ]);
    expect(rows.map((r) => r.after)).toEqual([
      {
        status: "shipped",
        carrier: "Viettel Post",
        trackingNumber: "VTP123456",
        batches: [{ itemId: s.item, batch: s.a.code, quantity: 1 }],
      },
    ]);
  });
});
