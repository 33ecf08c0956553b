import { createDataSource } from "../../db/data-source";
import { startTestApp } from "../../../test/harness";
import { cuttableProxy } from "../../../test/tcp-proxy";

describe("a database outage", () => {
  it("is 503 with Retry-After on /api/health (degraded) and every database-backed route, and heals without a restart", async () => {
    const proxy = await cuttableProxy(new URL(process.env.TEST_DATABASE_URL!));
    const ds = await createDataSource({ url: proxy.url, poolSize: 2, poolTimeoutMs: 1000 }).initialize();
    const t = await startTestApp({ ds });
    const routes = [
      () => t.http.get("/api/products"),
      () => t.http.get("/api/stalls"),
      () => t.http.get("/api/categories"),
      () => t.http.get("/api/stalls/khong-co"),
      () => t.http.post("/api/auth/login").send({ email: "lan@example.vn", password: "mat-khau-123" }),
      () => t.http.post("/api/auth/register").send({ email: "an@example.vn", password: "mat-khau-123", fullName: "An" }),
    ];
    try {
      const up = await t.http.get("/api/health");
      expect(up.status).toBe(200);
      expect(up.body).toEqual({ status: "ok", db: "up" });
      for (const route of routes.slice(0, 3)) expect((await route()).status).toBe(200);

      await proxy.cut();
      const down = await t.http.get("/api/health");
      expect(down.status).toBe(503);
      expect(down.headers["retry-after"]).toBe("5");
      expect(down.body).toEqual({ status: "degraded", db: "down" });
      for (const [i, route] of routes.entries()) {
        const res = await route();
        const body = res.body as { error?: { code?: string } };
        expect({ route: i, status: res.status, retryAfter: res.headers["retry-after"], code: body.error?.code }).toEqual({
          route: i,
          status: 503,
          retryAfter: "5",
          code: "unavailable",
        });
        expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminated/);
      }

      await proxy.restore();
      expect((await t.http.get("/api/health")).body).toEqual({ status: "ok", db: "up" });
      for (const route of routes.slice(0, 3)) expect((await route()).status).toBe(200);
    } finally {
      await t.close().catch(() => {});
      await proxy.close();
    }
  });
});
