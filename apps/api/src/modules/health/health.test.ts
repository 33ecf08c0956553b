import net from "node:net";
import type { AddressInfo } from "node:net";
import { createDataSource } from "../../db/data-source";
import { startTestApp } from "../../../test/harness";

/** A TCP proxy to PostgreSQL that the test can cut, to make the database really unreachable. */
async function cuttableProxy(target: URL) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = new URL(target);
  url.hostname = "127.0.0.1";
  url.port = String((server.address() as AddressInfo).port);
  return {
    url: url.toString(),
    cut: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

describe("GET /api/health", () => {
  it("is 200 with the database up and 503 once it is unreachable", async () => {
    const proxy = await cuttableProxy(new URL(process.env.TEST_DATABASE_URL!));
    const ds = await createDataSource({ url: proxy.url, poolSize: 2 }).initialize();
    const t = await startTestApp({ ds });
    try {
      const up = await t.http.get("/api/health");
      expect(up.status).toBe(200);
      expect(up.body).toEqual({ status: "ok", db: "up" });

      await proxy.cut();
      const down = await t.http.get("/api/health");
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ status: "error", db: "down" });
    } finally {
      await t.close().catch(() => {});
    }
  });
});
