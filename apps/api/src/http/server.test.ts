import net from "node:net";
import { startTestApp } from "../../test/harness";
import { loadConfig } from "../config";

/** A slowloris client: sends a request line, then one header every 100 ms, never the blank line that ends them. */
function trickle(origin: string) {
  const { hostname, port } = new URL(origin);
  const socket = net.connect(Number(port), hostname);
  let received = "";
  socket.on("data", (d) => (received += d.toString()));
  socket.on("error", () => {});
  socket.write("GET /api/health HTTP/1.1\r\nHost: localhost\r\n");
  let n = 0;
  const timer = setInterval(() => {
    if (!socket.destroyed) socket.write(`X-Slow-${n++}: a\r\n`);
  }, 100);
  const started = Date.now();
  const closed = new Promise<{ afterMs: number; received: string }>((resolve) =>
    socket.on("close", () => {
      clearInterval(timer);
      resolve({ afterMs: Date.now() - started, received });
    }),
  );
  return { closed, destroy: () => socket.destroy() };
}

describe("the HTTP server's timeouts", () => {
  it("cuts off clients trickling their headers after HTTP_HEADERS_TIMEOUT_MS while serving everyone else", async () => {
    const t = await startTestApp({
      listen: true,
      env: { HTTP_HEADERS_TIMEOUT_MS: "800", HTTP_REQUEST_TIMEOUT_MS: "2000", HTTP_KEEP_ALIVE_TIMEOUT_MS: "1000" },
    });
    const slow = Array.from({ length: 20 }, () => trickle(t.url!));
    try {
      // While twenty slow clients hold sockets, ordinary requests are answered at once.
      for (let i = 0; i < 5; i++) {
        const started = Date.now();
        const res = await fetch(`${t.url}/api/health`);
        expect(res.status).toBe(200);
        expect(Date.now() - started).toBeLessThan(500);
      }
      const results = await Promise.all(slow.map((s) => s.closed));
      for (const r of results) {
        // Cut near the limit (Node checks every HTTP_HEADERS_TIMEOUT_MS / 4), with 408 and no answer to the request.
        expect(r.afterMs).toBeGreaterThanOrEqual(700);
        expect(r.afterMs).toBeLessThan(2500);
        expect(r.received).toMatch(/^(HTTP\/1\.1 408|$)/);
      }
      expect((await fetch(`${t.url}/api/health`)).status).toBe(200);
    } finally {
      for (const s of slow) s.destroy();
      await t.close();
    }
  });

  it("refuses a headers timeout longer than the request timeout", () => {
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: "5000", HTTP_REQUEST_TIMEOUT_MS: "1000" })).toThrow(
      /HTTP_HEADERS_TIMEOUT_MS: must not be longer than HTTP_REQUEST_TIMEOUT_MS/,
    );
  });
});
