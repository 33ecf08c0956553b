import type { Browser, Page } from "playwright-core";
import { expectAccessible } from "../../../e2e/support/axe";
import { launchBrowser } from "../../../e2e/support/browser";
import { type Server, startServer } from "../../../e2e/support/server";
import { signIn, watchErrors } from "./support/browser";

// Every console route on the two common phone widths, as the demo seller and as the admin: no page wider than the
// screen, and no serious or critical accessibility violation (axe).

let server: Server;
let browser: Browser;
// The demo market the API seeds on start (docs/demo-data.md): its first stall's owner and the shared password.
const SELLER = { email: "stall001@demo.chophien.vn", password: "cho-phien-demo" };

beforeAll(async () => {
  server = await startServer("console");
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function visit(page: Page, path: string, width: number): Promise<void> {
  await page.goto(path);
  await page.locator("main").first().waitFor();
  await page.waitForLoadState("networkidle");
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect({ path, width, scrollWidth }).toEqual({ path, width, scrollWidth: Math.min(scrollWidth, width) });
  await expectAccessible(page);
}

const SELLER_ROUTES = [
  "/console/seller",
  "/console/seller/products",
  "/console/seller/products/new",
  "/console/seller/orders",
  "/console/seller/money",
  "/console/seller/reviews",
  "/console/stall",
  "/console/stall/helpers",
];
const ADMIN_ROUTES = [
  "/console/admin",
  "/console/admin/applications",
  "/console/admin/stalls",
  "/console/admin/products",
  "/console/admin/orders",
  "/console/admin/refunds",
  "/console/admin/payouts",
];

describe.each([360, 390])("every console route at %i px", (width) => {
  const phone = async () => {
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width, height: 800 },
      isMobile: true,
      hasTouch: true,
      locale: "vi-VN",
      timezoneId: "Asia/Ho_Chi_Minh",
    });
    return { context, page: await context.newPage() };
  };

  it("fits the screen and passes axe for the seller", async () => {
    const { context, page } = await phone();
    const errors = watchErrors(page);
    await visit(page, "/console/login", width);
    await signIn(page, SELLER.email, SELLER.password);
    for (const path of SELLER_ROUTES) await visit(page, path, width);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("fits the screen and passes axe for the admin", async () => {
    const { context, page } = await phone();
    const errors = watchErrors(page);
    await signIn(page, server.admin.email, server.admin.password);
    for (const path of ADMIN_ROUTES) await visit(page, path, width);
    expect(errors).toEqual([]);
    await context.close();
  });
});
