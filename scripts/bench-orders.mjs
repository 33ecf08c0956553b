// The write side of `npm run bench`: checkout (orders per second) and the VNPay IPN endpoint, against the
// same running server and bench database as the catalog figures. Imported by bench.mjs.
import crypto from "node:crypto";
import path from "node:path";
import { createRequire } from "node:module";
import autocannon from "autocannon";

const require = createRequire(import.meta.url);
/** The sandbox terminal the server uses when no VNPay credentials are set (apps/api/src/modules/payments/gateway.ts). */
const SANDBOX = { tmnCode: "CHOPHIEN", hashSecret: "chophien-local-sandbox-secret" };
const address = {
  fullName: "Khách Bench",
  phone: "0912345678",
  province: "quang-tri",
  ward: "Phường Đông Hà",
  street: "1 Hùng Vương",
};

async function post(base, url, body, headers = {}) {
  const res = await fetch(base + url, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

/**
 * Checkout: each order takes 3 random products from 3 different stalls (200 products with ample stock), so
 * the figure includes the per-stall split, stock reservation, timeline and outbox writes; then the same with a
 * market voucher ("checkout with a voucher").
 * IPN: signed success IPNs for pending VNPay payments, each sent once; once they run out, replays (answer 02).
 */
export async function benchOrders({ root, base, benchUrl, withClient, connections, duration, warmup }) {
  const { signParams } = require(path.join(root, "packages/vnpay/dist/index.js"));
  const email = `bench.${crypto.randomUUID().slice(0, 8)}@bench.chophien.vn`;
  const { accessToken } = await post(base, "/api/auth/register", { email, password: "do-tai-cho-7", fullName: "Khách Bench" });
  const auth = { Authorization: `Bearer ${accessToken}` };

  const products = await withClient(benchUrl, async (c) => {
    const { rows } = await c.query(
      `SELECT DISTINCT ON (p.stall_id) p.id, p.stall_id FROM product p JOIN stall s ON s.id = p.stall_id
        WHERE p.status = 'active' AND s.status = 'approved' ORDER BY p.stall_id, p.id LIMIT 200`,
    );
    await c.query(`UPDATE product SET stock = 1000000 WHERE id = ANY($1)`, [rows.map((r) => r.id)]);
    return rows.map((r) => r.id);
  });
  const pick = () => {
    const chosen = new Set();
    while (chosen.size < 3) chosen.add(products[crypto.randomInt(products.length)]);
    return [...chosen].map((productId) => ({ productId, quantity: 1 }));
  };
  const checkoutRun = (seconds, paymentMethod = "cod", voucherCodes = undefined) =>
    autocannon({
      url: base,
      connections,
      duration: seconds,
      timeout: 10,
      requests: [
        {
          method: "POST",
          path: "/api/checkout",
          setupRequest: (req) => ({
            ...req,
            headers: {
              ...req.headers,
              "Content-Type": "application/json",
              ...auth,
              "Idempotency-Key": `bench-${crypto.randomUUID()}`,
            },
            body: JSON.stringify({ shippingAddress: address, paymentMethod, items: pick(), voucherCodes }),
          }),
        },
      ],
    });

  // One real order first, so a broken setup fails loudly instead of timing errors.
  await post(
    base,
    "/api/checkout",
    { shippingAddress: address, paymentMethod: "cod", items: pick() },
    { ...auth, "Idempotency-Key": `bench-${crypto.randomUUID()}` },
  );
  await checkoutRun(warmup);
  const checkout = await checkoutRun(duration);

  // The same checkout with a market voucher (10 %, at most 50.000 ₫, no use limit for the bench's one shopper):
  // adds the voucher lookup, the allocation over stall orders and items and the guarded use counters.
  const voucherCode = `BENCH${crypto.randomUUID().slice(0, 8).toUpperCase()}`;
  await withClient(benchUrl, (c) =>
    c.query(
      `INSERT INTO voucher (owner_key, code, kind, value, max_discount, starts_at, ends_at, per_user_limit, created_by_id)
       SELECT 'platform', $1, 'percent', 10, 50000, now() - interval '1 day', now() + interval '1 day', 1000000, id
         FROM app_user WHERE email = $2`,
      [voucherCode, email],
    ),
  );
  await checkoutRun(warmup, "cod", [voucherCode]);
  const withVoucher = await checkoutRun(duration, "cod", [voucherCode]);

  // Pending VNPay payments to confirm, created through the real checkout.
  await checkoutRun(Math.max(3, Math.round(duration / 2)), "vnpay");
  const pending = await withClient(
    benchUrl,
    async (c) => (await c.query(`SELECT txn_ref, amount FROM payment WHERE status = 'pending' ORDER BY created_at`)).rows,
  );
  // In production mode the sandbox signs with this installation's own secret (table installation_secret).
  const hashSecret = await withClient(
    benchUrl,
    async (c) =>
      (await c.query(`SELECT value FROM installation_secret WHERE name = 'vnpay_sandbox_hash_secret'`)).rows[0]?.value ??
      SANDBOX.hashSecret,
  );
  const ipnPaths = pending.map((p) => {
    const params = {
      vnp_Amount: String(Number(p.amount) * 100),
      vnp_BankCode: "NCB",
      vnp_CardType: "ATM",
      vnp_OrderInfo: "Thanh toan don hang",
      vnp_PayDate: "20261128101010",
      vnp_ResponseCode: "00",
      vnp_TmnCode: SANDBOX.tmnCode,
      vnp_TransactionNo: String(crypto.randomInt(1e8)),
      vnp_TransactionStatus: "00",
      vnp_TxnRef: p.txn_ref,
    };
    return `/api/payments/vnpay/ipn?${signParams(params, hashSecret).query}`;
  });
  let next = 0;
  const answers = {};
  const ipn = await autocannon({
    url: base,
    connections,
    duration,
    timeout: 10,
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: ipnPaths[next++ % ipnPaths.length] }) }],
    setupClient: (client) =>
      client.on("body", (buf) => {
        const code = /"RspCode":"(\d+)"/.exec(buf.toString())?.[1] ?? "?";
        answers[code] = (answers[code] ?? 0) + 1;
      }),
  });

  const row = (name, pathName, r, extra = {}) => ({
    name,
    path: pathName,
    reqPerSec: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    ...extra,
  });
  return [
    row("checkout (3 stalls)", "POST /api/checkout", checkout, { ordersPerSec: Math.round(checkout["2xx"] / duration) }),
    row("checkout with a voucher", "POST /api/checkout", withVoucher, {
      ordersPerSec: Math.round(withVoucher["2xx"] / duration),
    }),
    row("VNPay IPN", "GET /api/payments/vnpay/ipn", ipn, { pendingPayments: pending.length, rspCodes: answers }),
  ];
}
