import type { MyDemand, StallResponse } from "@chophien/contracts";
import type { Browser, Page } from "playwright-core";
import { expectAccessible } from "../../../e2e/support/axe";
import { expectTapTargets } from "../../../e2e/support/tap-targets";
import { launchBrowser } from "../../../e2e/support/browser";
import { type Server, startServer } from "../../../e2e/support/server";
import { apiClient, login } from "./support/api";
import { signIn, watchErrors } from "./support/browser";

// Every console route on the two common phone widths, as the demo seller, as a stall negotiating an offer on the demo
// demand, and as the admin: no page wider than the screen, no list scrolling sideways in its box (lists are cards on a
// phone), no tap target under 44 × 44 px (the rule: e2e/support/tap-targets.ts), and no serious or critical
// accessibility violation (axe).

let server: Server;
let browser: Browser;
// The demo market the API seeds on start (docs/demo-data.md): its first stall's owner and the shared password.
const SELLER = { email: "stall001@demo.chophien.vn", password: "cho-phien-demo" };
// The demo business buyer, whose coffee demand the best-selling coffee stalls answered (one offer shortlisted).
const BUYER = { email: "business001@demo.chophien.vn", password: "cho-phien-demo" };

beforeAll(async () => {
  server = await startServer("console");
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Lists that scroll sideways inside their `.table-scroll` box (the page fits, the table does not): on a phone a list
 * becomes cards (base.css `.table-cards`). Each is named by its caption or aria-label, with its width and its box's.
 * A box not shown (inside a closed `<details>`, like a chart's table) is left out.
 */
async function sidewaysTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".table-scroll")]
      .filter((box) => box.getClientRects().length > 0 && !box.closest("details:not([open])"))
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => {
        const table = box.querySelector("table");
        const name =
          table?.caption?.textContent?.trim() ||
          table?.getAttribute("aria-label") ||
          box.getAttribute("aria-label") ||
          [...(table?.querySelectorAll("thead th") ?? [])].map((th) => th.textContent?.trim()).join(" | ");
        return `“${name}”: ${box.scrollWidth} px wide in a ${box.clientWidth} px box`;
      }),
  );
}

async function visit(page: Page, path: string, width: number): Promise<void> {
  await page.goto(path);
  await page.locator("main").first().waitFor();
  await page.waitForLoadState("networkidle");
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect({ path, width, scrollWidth }).toEqual({ path, width, scrollWidth: Math.min(scrollWidth, width) });
  expect({ path, width, sidewaysTables: await sidewaysTables(page) }).toEqual({ path, width, sidewaysTables: [] });
  await expectTapTargets(page);
  await expectAccessible(page);
}

/**
 * Visits a list, then the first item its links open (a detail page with data from the demo market): `[list, prefix
 * of its items' addresses, whether the demo market always has one]`.
 */
async function visitWithFirstItem(
  page: Page,
  [list, prefix, filled]: readonly [string, string, boolean],
  width: number,
): Promise<void> {
  await visit(page, list, width);
  const [first] = await page
    .locator(`main a[href^="${prefix}"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? "").filter((h) => /\/[0-9a-f-]{36}(\?|$)/.test(h)));
  if (filled) expect({ list, first: first?.startsWith(prefix) }).toEqual({ list, first: true });
  if (first) await visit(page, first, width);
}

/**
 * The admin's bottom tab bar on a phone holds more entries than fit: it scrolls sideways, with a visible hint (the
 * faded edge, a mask) while more is hidden, and every entry can be scrolled fully on screen at a tappable size.
 */
async function expectTabBarReachable(page: Page, width: number): Promise<void> {
  const bar = page.getByRole("navigation", { name: "Khu vực làm việc" });
  const links = bar.getByRole("link");
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(7);
  const hint = await bar.locator("ul").evaluate((ul) => {
    const style = getComputedStyle(ul);
    const mask = style.maskImage || style.getPropertyValue("-webkit-mask-image");
    return { scrolls: ul.scrollWidth > ul.clientWidth, masked: Boolean(mask) && mask !== "none", overflowX: style.overflowX };
  });
  // More entries than fit: the row scrolls and says so.
  if (hint.scrolls) expect(hint).toEqual({ scrolls: true, masked: true, overflowX: "auto" });
  for (let i = 0; i < count; i++) {
    // Scrolled to the row's start (the snap points), or as far as it goes for the last entries; then measured.
    const seen = await links.nth(i).evaluate(async (el, w) => {
      el.scrollIntoView({ block: "nearest", inline: "start", behavior: "instant" });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const box = el.getBoundingClientRect();
      return {
        name: el.textContent?.trim(),
        inside: box.left >= -0.5 && box.right <= w + 0.5,
        tappable: box.width >= 44 && box.height >= 44,
      };
    }, width);
    expect(seen).toEqual({ name: seen.name, inside: true, tappable: true });
  }
  // The page itself still fits once the bar has scrolled.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

const SELLER_ROUTES = [
  "/console/seller",
  "/console/seller/products",
  "/console/seller/products/new",
  "/console/seller/orders",
  "/console/seller/money",
  "/console/seller/reviews",
  "/console/seller/live",
  "/console/seller/certificates",
  "/console/seller/vouchers",
  "/console/seller/demands",
  "/console/seller/demand-offers",
  "/console/seller/events",
  "/console/stall",
  "/console/stall/helpers",
];
const ADMIN_ROUTES = [
  "/console/admin",
  "/console/admin/applications",
  "/console/admin/stalls",
  "/console/admin/products",
  "/console/admin/orders",
  "/console/admin/live",
  "/console/admin/refunds",
  "/console/admin/bank-transfers",
  "/console/admin/payouts",
  "/console/admin/trace-reports",
  "/console/admin/certificates",
  "/console/admin/vouchers",
  "/console/admin/events/new",
];
/**
 * Lists whose first item is visited too: the buyer organisations (pending ones, if any; the demo's verified one) and
 * the connection events (the demo's published forum, with its presented demand).
 */
const ADMIN_LISTS = [
  ["/console/admin/organisations", "/console/admin/organisations/", false],
  ["/console/admin/organisations?status=all", "/console/admin/organisations/", true],
  ["/console/admin/events", "/console/admin/events/", true],
] as const;

/** The owner of the stall whose offer on the demo demand is shortlisted: their demand pages have every part. */
async function offeringSeller(): Promise<{ email: string; password: string }> {
  const call = apiClient(server.url);
  const buyer = await login(call, BUYER.email, BUYER.password);
  const mine = await call<{ items: MyDemand[] }>("/me/demands", { token: buyer });
  const stallId = mine.items.flatMap((d) => d.offers).find((o) => o.status === "shortlisted")?.stall.id;
  expect(stallId).toBeDefined();
  const admin = await login(call, server.admin.email, server.admin.password);
  const { stall } = await call<StallResponse>(`/admin/stalls/${stallId}`, { token: admin });
  expect(stall.owner.email).toMatch(/^stall\d+@demo\.chophien\.vn$/);
  return { email: stall.owner.email ?? "", password: SELLER.password };
}

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
    // A demand's page with its offer form (or the stall's offer): the newest on the public board (the demo has one).
    const board = (await (await page.request.get("/api/demands?limit=1")).json()) as { items: { id: string }[] };
    expect(board.items.length).toBeGreaterThan(0);
    await visit(page, `/console/seller/demands/${board.items[0]!.id}`, width);
    expect(errors).toEqual([]);
    await context.close();
    // A dozen pages, each measured and run through axe: longer than one journey on a busy 2-core machine.
  }, 480_000);

  it("fits the screen and passes axe on the demand pages of a stall negotiating an offer", async () => {
    const { context, page } = await phone();
    const errors = watchErrors(page);
    const seller = await offeringSeller();
    await signIn(page, seller.email, seller.password);
    await visitWithFirstItem(page, ["/console/seller/demands", "/console/seller/demands/", true], width);
    await visit(page, "/console/seller/demand-offers", width);
    // Shortlisted: the buyer's contacts are on the page.
    expect(await page.getByRole("heading", { name: "Liên hệ bên mua" }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it("fits the screen and passes axe for the admin", async () => {
    const { context, page } = await phone();
    const errors = watchErrors(page);
    await signIn(page, server.admin.email, server.admin.password);
    for (const path of ADMIN_ROUTES) await visit(page, path, width);
    for (const list of ADMIN_LISTS) await visitWithFirstItem(page, list, width);
    await expectTabBarReachable(page, width);
    expect(errors).toEqual([]);
    await context.close();
  }, 480_000);
});
