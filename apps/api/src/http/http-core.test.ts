import { buildUser, accessTokenFor } from "../../test/factories";
import { startTestApp, type TestApp } from "../../test/harness";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { CORS_ORIGINS: "https://shop.example.vn" } });
});
afterAll(() => t.close());

describe("the HTTP core", () => {
  it("answers unknown API routes with a JSON 404 in the error shape", async () => {
    const res = await t.http.get("/api/does-not-exist?x=1");
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: "not_found", message: "No route for GET /api/does-not-exist" } });
  });

  it("rejects malformed JSON with 400", async () => {
    const res = await t.http.post("/api/auth/login").set("Content-Type", "application/json").send('{"email": "a@b.vn",');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_json");
    expect(JSON.stringify(res.body)).not.toMatch(/at JSON\.parse|SyntaxError|node_modules/);
  });

  it("rejects a body over 1 MB with 413", async () => {
    const huge = JSON.stringify({ email: "a@b.vn", password: "x".repeat(1024 * 1024 + 10) });
    const res = await t.http.post("/api/auth/login").set("Content-Type", "application/json").send(huge);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });

  it("lists every invalid field by path", async () => {
    const res = await t.http.post("/api/auth/register").send({ email: "not-an-email", password: "short", fullName: 42 });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    const paths = res.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(["body.email", "body.fullName", "body.password"]);
  });

  it("treats wrong types and a non-object body as validation errors, not crashes", async () => {
    for (const body of [[], "text", 12, null]) {
      const res = await t.http.post("/api/auth/login").set("Content-Type", "application/json").send(JSON.stringify(body));
      expect([400]).toContain(res.status);
      expect(res.body.error).toBeDefined();
    }
  });

  it("echoes a safe X-Request-Id and makes one otherwise", async () => {
    const given = await t.http.get("/api/health").set("X-Request-Id", "abc-123");
    expect(given.headers["x-request-id"]).toBe("abc-123");
    const hostile = await t.http.get("/api/health").set("X-Request-Id", "<script>alert(1)</script>");
    expect(hostile.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sets security headers and no X-Powered-By", async () => {
    const res = await t.http.get("/api/health");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });

  it("allows CORS only for listed origins", async () => {
    const ok = await t.http
      .options("/api/auth/login")
      .set("Origin", "https://shop.example.vn")
      .set("Access-Control-Request-Method", "POST");
    expect(ok.headers["access-control-allow-origin"]).toBe("https://shop.example.vn");
    expect(ok.headers["access-control-allow-credentials"]).toBe("true");
    const evil = await t.http
      .options("/api/auth/login")
      .set("Origin", "https://evil.example")
      .set("Access-Control-Request-Method", "POST");
    expect(evil.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("serves the OpenAPI 3.1 document and the docs page", async () => {
    const doc = await t.http.get("/api/openapi.json");
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe("3.1.0");
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(["/api/auth/register", "/api/auth/login", "/api/me", "/api/health"]),
    );
    expect(doc.body.components.schemas.RegisterRequest.additionalProperties).toBe(false);
    const page = await t.http.get("/api/docs/");
    expect(page.status).toBe(200);
    expect(page.text).toContain("swagger-ui");
    const asset = await t.http.get("/api/docs/assets/swagger-ui-bundle.js");
    expect(asset.status).toBe(200);
  });

  it("hides internal errors: generic 500, no stack trace, no SQL", async () => {
    const broken = await startTestApp();
    try {
      const user = await buildUser(broken.ds);
      const token = accessTokenFor(broken, user);
      await broken.ds.destroy();
      const res = await broken.http.get("/api/me").set("Authorization", `Bearer ${token}`);
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error: { code: "internal", message: expect.any(String) } });
      expect(res.text).not.toMatch(/SELECT|app_user|at .*\.ts|Error:/);
    } finally {
      // Its listeners (session revocations, live events) must stop with the test, or a reconnect outlives Jest.
      await broken.close();
    }
  });
});
