import type { Browser, Page } from "playwright-core";
import { expectAccessible } from "../../../e2e/support/axe";
import { expectTapTargets } from "../../../e2e/support/tap-targets";
import { launchBrowser } from "../../../e2e/support/browser";
import { type Server, startServer } from "../../../e2e/support/server";
import { seedCoffeeStall, type SeededMarket } from "./support/seed";

// Every storefront route on the two common phone widths, signed out and signed in: no page wider than the
// screen, no tap target under 44 × 44 px (the rule: e2e/support/tap-targets.ts), and no serious or critical
// accessibility violation (axe).

let server: Server;
let browser: Browser;
let market: SeededMarket;
/** A demand on the board (the demo seed posts one), for its public page. */
let demandId = "";
/** The demo seed's published forum, for its event page. */
const FORUM_TITLE = "Diễn đàn kết nối cung cầu nông sản thanh niên Quảng Trị";
let forumSlug = "";
const SHOPPER = { email: "route.walker@e2e.chophien.test", password: "di-khap-cac-trang-9", fullName: "Phan Thị Dạo" };

beforeAll(async () => {
  server = await startServer("storefront");
  market = await seedCoffeeStall(server.url, server.admin);
  browser = await launchBrowser();
  const res = await fetch(`${server.url}/api/auth/register`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(SHOPPER),
  });
  expect(res.status).toBe(201);
  const board = (await (await fetch(`${server.url}/api/demands`)).json()) as { items: { id: string }[] };
  expect(board.items.length).toBeGreaterThan(0);
  demandId = board.items[0]!.id;
  const listed: { title: string; slug: string }[] = [];
  for (const when of ["upcoming", "past"]) {
    const events = (await (await fetch(`${server.url}/api/events?when=${when}&limit=60`)).json()) as {
      items: { title: string; slug: string }[];
    };
    listed.push(...events.items);
  }
  forumSlug = listed.find((e) => e.title === FORUM_TITLE)?.slug ?? "";
  expect(forumSlug).not.toBe("");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The page is no wider than the phone: nothing pans sideways. */
async function expectNoOverflow(page: Page, width: number): Promise<void> {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect({ page: new URL(page.url()).pathname, width, scrollWidth: wide }).toEqual({
    page: new URL(page.url()).pathname,
    width,
    scrollWidth: Math.min(wide, width),
  });
}

const publicRoutes = () => [
  "/",
  "/tim-kiem?q=ca+phe",
  `/san-pham/${market.product.slug}`,
  "/gian-hang",
  `/gian-hang/${market.stall.slug}`,
  "/live",
  "/nhu-cau",
  `/nhu-cau/${demandId}`,
  "/su-kien",
  "/su-kien?khi=da-qua",
  `/su-kien/${forumSlug}`,
  "/gio-hang",
  "/dang-nhap",
  "/dang-ky",
  "/quen-mat-khau",
  "/tra-cuu-don-hang",
  "/dat-lai-mat-khau",
  "/khong-co-trang-nay",
];
const signedInRoutes = [
  "/tai-khoan",
  "/don-hang",
  "/thanh-toan",
  "/tai-khoan/doanh-nghiep",
  "/tai-khoan/nhu-cau",
  "/tai-khoan/nhu-cau/dang-moi",
];

describe.each([360, 390])("every storefront route at %i px", (width) => {
  it("fits the screen and passes axe, signed out and signed in", async () => {
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width, height: 800 },
      isMobile: true,
      hasTouch: true,
      locale: "vi-VN",
      timezoneId: "Asia/Ho_Chi_Minh",
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    for (const path of publicRoutes()) {
      await page.goto(path);
      await page.locator("main").first().waitFor();
      await page.waitForLoadState("networkidle");
      await expectNoOverflow(page, width);
      await expectTapTargets(page);
      await expectAccessible(page);
    }
    await page.goto("/dang-nhap?next=%2Ftai-khoan");
    await page.getByLabel("Email").fill(SHOPPER.email);
    await page.getByLabel("Mật khẩu", { exact: true }).fill(SHOPPER.password);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.waitForURL((u) => u.pathname === "/tai-khoan");
    for (const path of signedInRoutes) {
      await page.goto(path);
      await page.locator("main").first().waitFor();
      await page.waitForLoadState("networkidle");
      await expectNoOverflow(page, width);
      await expectTapTargets(page);
      await expectAccessible(page);
    }
    expect(errors).toEqual([]);
    await context.close();
    // Two dozen pages, each measured and run through axe: longer than one journey on a busy 2-core machine.
  }, 480_000);
});
