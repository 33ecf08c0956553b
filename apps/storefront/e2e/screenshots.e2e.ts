import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../../../e2e/support/browser";
import { type Server, startServer } from "../../../e2e/support/server";
import { screenshot } from "./support/screens";

// The documentation's storefront screenshots of the lived-in demo market (docs/screenshots/storefront/
// <lang>-demo-*.png): `npm run screenshots -w @chophien/storefront`. The API seeds the demo market with its six
// months of history on start; these pages show that history as a newcomer sees it. Its own jest config, so the
// CI journeys leave the repository's pictures alone.

let server: Server;
let browser: Browser;

const DEMO_PASSWORD = "cho-phien-demo";
const BUYER = "buyer001@demo.chophien.vn";

/** A phone shopper (390×844) reading the market in `lang`. */
function phone(lang: "vi" | "en"): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: server.url,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: lang === "vi" ? "vi-VN" : "en-US",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
}

/** Signs the demo buyer in through the API: the refresh cookie lands in the context, the page's hint in storage. */
async function signInBuyer(context: BrowserContext): Promise<void> {
  const res = await context.request.post("/api/auth/login", { data: { email: BUYER, password: DEMO_PASSWORD } });
  if (!res.ok()) throw new Error(`demo buyer sign-in: ${res.status()} ${await res.text()}`);
  await context.addInitScript(() => localStorage.setItem("cp_signed_in", "1"));
}

/** Scrolls a heading to the top of the screen, so a picture shows what comes under it. */
async function scrollTo(page: Page, name: RegExp): Promise<void> {
  const heading = page.getByRole("heading", { name }).first();
  await heading.waitFor();
  await heading.evaluate((el) => el.scrollIntoView({ block: "start" }));
}

beforeAll(async () => {
  server = await startServer("storefront");
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

for (const lang of ["vi", "en"] as const)
  describe(`the demo market in ${lang === "vi" ? "Vietnamese" : "English"}, on a phone`, () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await phone(lang);
      page = await context.newPage();
    });
    afterAll(() => context.close());

    it("home, top rated, a rated product with its reviews, and its stall", async () => {
      await page.goto("/");
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      await screenshot(page, lang, "demo-home");

      await page.goto("/tim-kiem?sort=rating");
      await page.locator("main a[href^='/san-pham/']").first().waitFor();
      await screenshot(page, lang, "demo-top-rated");

      const { rows } = await server.sql(
        `SELECT p.slug FROM product p WHERE p.status = 'active' AND p.rating_count > 0
          ORDER BY p.rating_count DESC, p.slug LIMIT 1`,
      );
      const slug = (rows[0] as { slug: string }).slug;
      await page.goto(`/san-pham/${slug}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await screenshot(page, lang, "demo-product");
      await scrollTo(page, /^(Đánh giá|Reviews)/);
      await screenshot(page, lang, "demo-reviews");

      const stall = await server.sql(`SELECT s.slug FROM stall s JOIN product p ON p.stall_id = s.id WHERE p.slug = $1`, [slug]);
      await page.goto(`/gian-hang/${(stall.rows[0] as { slug: string }).slug}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await screenshot(page, lang, "demo-stall");
    });

    it("the demo buyer's past orders and one of them delivered", async () => {
      const signedIn = await phone(lang);
      await signInBuyer(signedIn);
      const p = await signedIn.newPage();
      await p.goto("/don-hang");
      await p.locator("main a[href^='/don-hang/CP-']").first().waitFor();
      await screenshot(p, lang, "demo-orders");
      const { rows } = await server.sql(
        `SELECT o.code FROM customer_order o JOIN app_user u ON u.id = o.buyer_id
           JOIN stall_order so ON so.order_id = o.id
          WHERE u.email = $1 AND so.status = 'completed' ORDER BY o.created_at DESC LIMIT 1`,
        [BUYER],
      );
      await p.goto(`/don-hang/${(rows[0] as { code: string }).code}`);
      await p.getByRole("heading", { level: 1 }).waitFor();
      await screenshot(p, lang, "demo-order");
      await signedIn.close();
    });
    it('the live session, a traced lot, looking an order up, and checkout after "Mua ngay"', async () => {
      await page.goto("/live");
      await page.locator("main a[href^='/live/']").first().waitFor();
      await screenshot(page, lang, "demo-live");
      await page.locator("main a[href^='/live/']").first().click();
      await page.getByRole("heading", { level: 1 }).waitFor();
      await screenshot(page, lang, "demo-live-session");

      const { rows } = await server.sql(`SELECT code FROM trace_batch ORDER BY created_at LIMIT 1`);
      await page.goto(`/t/${(rows[0] as { code: string }).code}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await screenshot(page, lang, "demo-trace");

      await page.goto("/tra-cuu-don-hang");
      await page.getByRole("heading", { level: 1 }).waitFor();
      await screenshot(page, lang, "demo-lookup");

      const signedIn = await phone(lang);
      await signInBuyer(signedIn);
      const p = await signedIn.newPage();
      const product = await server.sql(
        `SELECT p.slug FROM product p WHERE p.status = 'active' AND p.stock > 5 ORDER BY p.rating_count DESC, p.slug LIMIT 1`,
      );
      await p.goto(`/san-pham/${(product.rows[0] as { slug: string }).slug}`);
      await p.getByRole("heading", { level: 1 }).waitFor();
      await p.getByRole("button", { name: /Mua ngay|Buy now/ }).click();
      await p.waitForURL(/\/thanh-toan\?mua-ngay=/);
      await p.getByRole("heading", { level: 1 }).waitFor();
      await p
        .getByRole("button", { name: /Tiếp tục|Continue/ })
        .first()
        .waitFor();
      await screenshot(p, lang, "demo-buy-now");
      await signedIn.close();
    });
  });
