// Live selling in `npm run bench`: buying live (orders per second at the bench's connections, 10 by default) and
// the event stream's fan-out (1,000 SSE clients on one process; the time for a pin to reach all of them).
// Against the same running server and bench database as the catalog figures. Imported by bench.mjs.
import crypto from "node:crypto";
import http from "node:http";
import autocannon from "autocannon";

const address = {
  fullName: "Khách Live",
  phone: "0912345678",
  province: "quang-tri",
  ward: "Phường Đông Hà",
  street: "1 Hùng Vương",
};
const FANOUT_CLIENTS = 1000;

async function api(base, path, { auth, body, method, headers } = {}) {
  const res = await fetch(base + "/api" + path, {
    method: method ?? (body ? "POST" : "GET"),
    headers: { ...(auth ?? {}), ...(headers ?? {}), ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

/** Opens one SSE client; resolves once its first `pin` event (the current state) has arrived. */
function sseClient(url, agent, onPin) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
      let buf = "";
      let first = true;
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        buf += chunk;
        let i;
        while ((i = buf.indexOf("\n\n")) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          if (!block.startsWith("event: pin")) continue;
          if (first) {
            first = false;
            resolve(req);
          } else onPin(JSON.parse(/^data: (.*)$/m.exec(block)[1]));
        }
      });
      res.on("error", () => {});
    });
    req.on("error", reject);
  });
}

/**
 * A session of the demo seller with one offer of ample held stock (no per-buyer limit), live; then autocannon
 * buys one unit per request with a fresh Idempotency-Key; then 1,000 clients listen and one pin is timed to all.
 */
export async function benchLive({ base, benchUrl, withClient, connections, duration, warmup, seller, admin }) {
  const { items } = await api(base, "/seller/products?limit=1", { auth: seller });
  const product = items[0];
  if (!product) throw new Error("The demo seller has no products: nothing to sell live");
  await withClient(benchUrl, (c) => c.query(`UPDATE product SET stock = 1000000 WHERE id = $1`, [product.id]));
  const me = await api(base, "/me", { auth: seller });
  await api(base, `/admin/users/${me.user.id}/verify-identity`, { auth: admin, body: { documentType: "cccd", note: "bench" } });
  const { session } = await api(base, "/seller/live-sessions", {
    auth: seller,
    body: {
      title: `Phiên bench ${crypto.randomUUID().slice(0, 6)}`,
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      platform: "tiktok",
    },
  });
  const { offer } = await api(base, `/seller/live-sessions/${session.id}/offers`, {
    auth: seller,
    body: { productId: product.id, livePrice: Math.max(1000, product.price - 1000), quantity: 10_000 },
  });
  await api(base, `/seller/live-sessions/${session.id}/start`, { auth: seller, body: {} });

  // Distinct buyers, as a real session has: one buyer would queue every purchase on its own per-buyer row. Each
  // signs up from a phone of its own (a documentation address, passed on by the loopback "proxy" the bench
  // trusts): the per-address sign-up limit would refuse the 31st from one address.
  const buyers = [];
  for (let i = 0; i < connections * 5; i++) {
    const email = `live.${crypto.randomUUID().slice(0, 8)}@bench.chophien.vn`;
    const { accessToken } = await api(base, "/auth/register", {
      body: { email, password: "ca-phe-phin-sang-8", fullName: "Khách Live" },
      headers: { "X-Forwarded-For": `198.51.${100 + Math.floor(i / 250)}.${(i % 250) + 1}` },
    });
    buyers.push({ Authorization: `Bearer ${accessToken}` });
  }
  let turn = 0;
  const buyRun = (seconds) =>
    autocannon({
      url: base,
      connections,
      duration: seconds,
      timeout: 10,
      requests: [
        {
          method: "POST",
          path: `/api/live-sessions/${session.slug}/orders`,
          setupRequest: (req) => ({
            ...req,
            headers: {
              ...req.headers,
              "Content-Type": "application/json",
              ...buyers[turn++ % buyers.length],
              "Idempotency-Key": `live-${crypto.randomUUID()}`,
            },
            body: JSON.stringify({ code: offer.code, quantity: 1, shippingAddress: address, paymentMethod: "cod" }),
          }),
        },
      ],
    });
  await buyRun(warmup);
  const buying = await buyRun(duration);

  // Fan-out: 1,000 streams on this one process, then one pin, timed until the last client has it.
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const streamUrl = `${base}/api/live-sessions/${session.slug}/stream`;
  const arrivals = [];
  let pinnedAt = 0;
  let allArrived;
  const done = new Promise((r) => (allArrived = r));
  const clients = [];
  const connectStarted = performance.now();
  for (let i = 0; i < FANOUT_CLIENTS; i += 50)
    clients.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, FANOUT_CLIENTS - i) }, () =>
          sseClient(streamUrl, agent, () => {
            arrivals.push(performance.now() - pinnedAt);
            if (arrivals.length === FANOUT_CLIENTS) allArrived();
          }),
        ),
      )),
    );
  const connectMs = Math.round(performance.now() - connectStarted);
  pinnedAt = performance.now();
  await api(base, `/seller/live-sessions/${session.id}/pin`, { auth: seller, body: { offerId: offer.id } });
  const timeout = new Promise((r) => setTimeout(r, 30_000));
  await Promise.race([done, timeout]);
  for (const c of clients) c.destroy();
  agent.destroy();
  await api(base, `/seller/live-sessions/${session.id}/end`, { auth: seller, body: {} });
  arrivals.sort((a, b) => a - b);
  const at = (q) =>
    arrivals.length ? Math.round(arrivals[Math.min(arrivals.length - 1, Math.floor(q * arrivals.length))]) : null;

  return [
    {
      name: "live buying",
      path: "POST /api/live-sessions/:slug/orders",
      reqPerSec: Math.round(buying.requests.average),
      ordersPerSec: Math.round(buying["2xx"] / duration),
      p50Ms: buying.latency.p50,
      p99Ms: buying.latency.p99,
      requests: buying.requests.total,
      non2xx: buying.non2xx,
      errors: buying.errors,
      timeouts: buying.timeouts,
    },
    {
      name: `SSE pin → ${FANOUT_CLIENTS} clients`,
      path: "GET /api/live-sessions/:slug/stream",
      // Not a rate: the milliseconds from the pin's request to the last client's event (p50 in p50Ms).
      reqPerSec: 0,
      clients: FANOUT_CLIENTS,
      reached: arrivals.length,
      connectMs,
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      allMs: arrivals.length === FANOUT_CLIENTS ? Math.round(arrivals[arrivals.length - 1]) : null,
      requests: FANOUT_CLIENTS,
      non2xx: 0,
      errors: FANOUT_CLIENTS - arrivals.length,
      timeouts: 0,
    },
  ];
}
