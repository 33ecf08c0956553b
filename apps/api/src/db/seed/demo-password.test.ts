import { TEST_JWT_SECRET, startTestApp, type TestApp } from "../../../test/harness";
import { hashPassword } from "../../modules/auth/passwords";
import { DEMO_PASSWORD } from "./seed";

/** The demo seed's shared password signs in anywhere but production. */
let dev: TestApp;
let production: TestApp;
beforeAll(async () => {
  dev = await startTestApp();
  production = await startTestApp({
    env: { NODE_ENV: "production", VNPAY_SANDBOX: "true", JWT_SECRET: TEST_JWT_SECRET },
    sandboxHashSecret: "a-staging-installation-secret",
  });
});
afterAll(async () => {
  await production.close();
  await dev.close();
});

it("opens a demo account in development and is refused in production", async () => {
  const email = `demo-${Date.now()}@demo.chophien.vn`;
  await dev.ds.query(`INSERT INTO app_user (email, password_hash, full_name, role) VALUES ($1, $2, 'Khách demo', 'shopper')`, [
    email,
    await hashPassword(DEMO_PASSWORD),
  ]);
  expect((await dev.http.post("/api/auth/login").send({ email, password: DEMO_PASSWORD })).status).toBe(200);
  const refused = await production.http.post("/api/auth/login").send({ email, password: DEMO_PASSWORD });
  expect(refused.status).toBe(401);
  expect(refused.body.accessToken).toBeUndefined();
});
