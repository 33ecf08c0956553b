import { MAX_JSON_DEPTH } from "./validate";
import { authHeader, buildStall, buildUser } from "../../test/factories";
import { startTestApp, type TestApp } from "../../test/harness";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const refused = (res: { status: number; body: { error: { code: string; details?: unknown } } }, details: unknown) => {
  expect(res.status).toBe(400);
  expect(res.body.error).toMatchObject({ code: "validation_failed", details });
};

describe("hostile bytes are refused in one place", () => {
  it("refuses a NUL in a path segment or a query value with 400 naming where it was (PostgreSQL would have failed)", async () => {
    refused(await t.http.get("/api/stalls/a%00b"), [
      { path: "path.3", message: "URL path segment must not contain the NUL character (U+0000)" },
    ]);
    refused(await t.http.get("/api/products/%00"), [expect.objectContaining({ path: "path.3" })]);
    refused(await t.http.get("/api/stalls?q=%00"), [
      { path: "query.q", message: "Text must not contain the NUL character (U+0000)" },
    ]);
    refused(await t.http.get("/api/products?q=ok&q=a%00"), [expect.objectContaining({ path: "query.q.1" })]);
    const admin = await buildUser(t.ds, { role: "admin" });
    refused(await t.http.get("/api/admin/orders?stall=%00").set(authHeader(t, admin)), [
      expect.objectContaining({ path: "query.stall" }),
    ]);
  });

  it("refuses malformed percent-encoding in the path with 400, also outside the API", async () => {
    for (const [url, segment] of [
      ["/api/stalls/%E0%A4%A", 3],
      ["/api/products/%", 3],
      ["/media/%zz", 2],
      ["/san-pham/%C0", 2],
    ] as const)
      refused(await t.http.get(url), [{ path: `path.${segment}`, message: "Malformed percent-encoding in the URL path" }]);
    refused(await t.http.get("/media/a%00.webp"), [expect.objectContaining({ path: "path.2" })]);
  });

  it("finds NUL characters and lone surrogates at any depth of a JSON body, in keys too", async () => {
    const seller = (await buildStall(t.ds)).ownerId;
    const user = await t.ds.getRepository("User").findOneByOrFail({ id: seller });
    const h = authHeader(t, user as never);
    refused(await t.http.post("/api/auth/register").send({ email: "a@b.vn", password: "mat-khau-123", fullName: "An\u0000" }), [
      { path: "body.fullName", message: "Text must not contain the NUL character (U+0000)" },
    ]);
    const address = { fullName: "Mai", phone: "0987654321", province: "quang-tri", ward: "Đông Hà", street: "12 Lê Duẩn\ud800" };
    refused(
      await t.http
        .post("/api/checkout")
        .set(h)
        .set("Idempotency-Key", "k-12345678")
        .send({ shippingAddress: address, paymentMethod: "cod" }),
      [
        {
          path: "body.shippingAddress.street",
          message: "Text must not contain a lone UTF-16 surrogate (not valid Unicode text)",
        },
      ],
    );
    refused(
      await t.http
        .patch("/api/me/stall")
        .set(h)
        .send({ story: ["ok", { x: "\udc00" }] }),
      [expect.objectContaining({ path: "body.story.1.x" })],
    );
    refused(await t.http.post("/api/auth/login").set("Content-Type", "application/json").send('{"email\\u0000": "a@b.vn"}'), [
      { path: "body.email\\u0000", message: "Field name must not contain the NUL character (U+0000)" },
    ]);
    // A surrogate pair (an emoji) is ordinary text.
    const ok = await t.http.post("/api/auth/login").send({ email: "a@b.vn", password: "mat-khau-😀" });
    expect(ok.status).toBe(401);
  });

  it("refuses JSON nested deeper than the contract needs, and answers bodies that do not parse with 400", async () => {
    let deep: unknown = "x";
    for (let i = 0; i <= MAX_JSON_DEPTH; i++) deep = [deep];
    refused(await t.http.post("/api/auth/login").send({ email: deep }), [
      expect.objectContaining({ message: `Nested more than ${MAX_JSON_DEPTH} levels deep` }),
    ]);
    const huge = await t.http
      .post("/api/auth/login")
      .set("Content-Type", "application/json")
      .send("[".repeat(200_000) + "]".repeat(200_000));
    expect(huge.status).toBe(400);
    for (const raw of ['{"a": "\\u00', '{"a": "\\ud800"', "\u0000"]) {
      const res = await t.http.post("/api/auth/login").set("Content-Type", "application/json").send(raw);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("invalid_json");
    }
  });

  it("keeps price filters inside the price column's range", async () => {
    refused(await t.http.get("/api/products?minPrice=2147483648"), [expect.objectContaining({ path: "query.minPrice" })]);
    expect((await t.http.get("/api/products?maxPrice=1000000000")).status).toBe(200);
  });
});
