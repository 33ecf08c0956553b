import crypto from "node:crypto";
import { signParams, verifyParams } from "@chophien/vnpay";
import { loadConfig } from "../../config";
import { authHeader, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { TEST_JWT_SECRET, startTestApp, type TestApp } from "../../../test/harness";
import { createVnpayGateway, SANDBOX_SECRET_NAME, SANDBOX_TERMINAL, sandboxHashSecret } from "./gateway";

/** A staging copy: production mode on the local sandbox (no VNPay credentials). */
const STAGING = { NODE_ENV: "production", VNPAY_SANDBOX: "true", JWT_SECRET: TEST_JWT_SECRET } as const;
const stagingConfig = () => loadConfig({ ...STAGING, DATABASE_URL: process.env.TEST_DATABASE_URL, LOG_LEVEL: "silent" });
const address = { fullName: "Phạm Thu Hà", phone: "0935123456", province: "hue", ward: "Phường Thuận Hoá", street: "5 Lê Lợi" };

let dev: TestApp;
let staging: TestApp;
let secret: string;
beforeAll(async () => {
  dev = await startTestApp({ listen: true });
  secret = (await sandboxHashSecret(stagingConfig(), dev.ds))!;
  staging = await startTestApp({ env: STAGING, sandboxHashSecret: secret, listen: true });
});
afterAll(async () => {
  await staging.close();
  await dev.close();
});

async function payUrl(t: TestApp): Promise<URL> {
  const buyer = await buildUser(t.ds);
  const product = await buildProduct(t.ds, { stall: await buildStall(t.ds), stock: 5, price: 100000 });
  const res = await t.http
    .post("/api/checkout")
    .set(authHeader(t, buyer))
    .set("Idempotency-Key", `stg-${crypto.randomUUID()}`)
    .send({ shippingAddress: address, paymentMethod: "vnpay", items: [{ productId: product.id, quantity: 1 }] });
  expect(res.status).toBe(201);
  return new URL(res.body.payment.redirectUrl as string);
}

/** The pay page URL for `params`, signed with the constant from the code (what an outsider can do). */
function signedWith(page: URL, params: Record<string, string>): URL {
  const forged = new URL(page.origin + page.pathname);
  const hash = signParams(params, SANDBOX_TERMINAL.hashSecret).secureHash;
  for (const [k, v] of Object.entries({ ...params, vnp_SecureHash: hash })) forged.searchParams.set(k, v);
  return forged;
}

const vnpParams = (url: URL) => Object.fromEntries([...url.searchParams].filter(([k]) => k.startsWith("vnp_")));

describe("the VNPay sandbox in production", () => {
  it("uses a secret made for this installation, kept in the database and the same on every call", async () => {
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(secret).not.toBe(SANDBOX_TERMINAL.hashSecret);
    expect(await sandboxHashSecret(stagingConfig(), dev.ds)).toBe(secret);
    const [row] = await dev.ds.query<{ value: string }[]>(`SELECT value FROM installation_secret WHERE name = $1`, [
      SANDBOX_SECRET_NAME,
    ]);
    expect(row?.value).toBe(secret);
    // Development and tests keep the code's constant; real credentials need no sandbox secret.
    expect(await sandboxHashSecret(dev.config, dev.ds)).toBeUndefined();
  });

  it("refuses to build the sandbox with the code's constant", () => {
    expect(() => createVnpayGateway(stagingConfig())).toThrow(/own hash secret/);
  });

  it("signs pay URLs with the installation's secret, so one signed with the code's constant is refused", async () => {
    const url = await payUrl(staging);
    const params = vnpParams(url);
    expect(verifyParams(params, secret)).toBe(true);
    expect(verifyParams(params, SANDBOX_TERMINAL.hashSecret)).toBe(false);
    expect((await fetch(url, { redirect: "manual" })).status).toBe(200);

    // Someone who read the code signs their own request: the sandbox says "wrong signature" (70).
    const { vnp_SecureHash: _, ...unsigned } = params;
    const res = await fetch(signedWith(url, { ...unsigned, vnp_TxnRef: `${unsigned.vnp_TxnRef}X` }), { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(/Error\.html\?code=70$/);
  });
});

describe("the sandbox's return URL", () => {
  it("is only ever the market's own: a signed request returning elsewhere is refused with 400", async () => {
    // Even a correctly signed request (here with the dev constant, which anyone can read) cannot send payers away.
    const url = await payUrl(dev);
    const { vnp_SecureHash: _, ...unsigned } = vnpParams(url);
    for (const returnUrl of ["https://evil.example/api/payments/vnpay/return", `${dev.url}/login`]) {
      const res = await fetch(signedWith(url, { ...unsigned, vnp_ReturnUrl: returnUrl }), { redirect: "manual" });
      expect(res.status).toBe(400);
      expect(res.headers.get("location")).toBeNull();
    }
    expect((await fetch(url, { redirect: "manual" })).status).toBe(200);
  });
});
