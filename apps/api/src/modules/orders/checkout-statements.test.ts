import crypto from "node:crypto";
import type { Logger } from "typeorm";
import type { Stall } from "../stalls/stall.entity";
import { TEST_ADDRESS, authHeader, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Runs `fn` and returns the SQL statements the data source sent meanwhile (BEGIN and COMMIT included). */
async function statementsOf(fn: () => Promise<unknown>): Promise<string[]> {
  const logger = t.ds.logger;
  const seen: string[] = [];
  const counting: Logger = Object.assign(Object.create(logger) as Logger, {
    logQuery: (query: string, parameters?: unknown[]) => {
      seen.push(query);
      logger.logQuery(query, parameters);
    },
  });
  Object.defineProperty(t.ds, "logger", { value: counting, configurable: true, writable: true });
  try {
    await fn();
  } finally {
    Object.defineProperty(t.ds, "logger", { value: logger, configurable: true, writable: true });
  }
  return seen;
}

async function placeCod(stalls: Stall[], linesPerStall: number) {
  const buyer = await buildUser(t.ds);
  const items: { productId: string; quantity: number }[] = [];
  for (const stall of stalls)
    for (let i = 0; i < linesPerStall; i++)
      items.push({ productId: (await buildProduct(t.ds, { stall, price: 50000, stock: 10 })).id, quantity: 1 });
  let status = 0;
  const statements = await statementsOf(async () => {
    const res = await t.http
      .post("/api/checkout")
      .set(authHeader(t, buyer))
      .set("Idempotency-Key", `test-${crypto.randomUUID()}`)
      .send({ shippingAddress: TEST_ADDRESS, paymentMethod: "cod", items });
    status = res.status;
  });
  expect(status).toBe(201);
  return statements;
}

describe("checkout statements", () => {
  it("sends the same few statements for one stall and one line as for three stalls and six lines", async () => {
    const one = await placeCod([await buildStall(t.ds, { province: "quang-tri" })], 1);
    const three = await placeCod(
      [
        await buildStall(t.ds, { province: "quang-tri" }),
        await buildStall(t.ds, { province: "ha-noi" }),
        await buildStall(t.ds, { province: "hue" }),
      ],
      2,
    );
    expect(three.length).toBe(one.length);
    // Measured at 21 for a COD order: the sign-in lookup; BEGIN, idempotency key, stock, stalls, thumbnails, the
    // order, its parts, items, events and outbox row in one INSERT each; the read-back (order, parts, items,
    // batches, events, stalls, buyer, reviews, refunds); COMMIT. A change that adds a round trip per stall or per
    // line, or a new one per order, fails here.
    expect(three.length).toBeLessThanOrEqual(21);
  });
});
