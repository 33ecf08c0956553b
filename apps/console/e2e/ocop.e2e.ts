import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { expectAccessible } from "../../../e2e/support/axe";
import { launchBrowser } from "../../../e2e/support/browser";
import { type Server, startServer } from "../../../e2e/support/server";
import { apiClient, login, type Call } from "./support/api";
import { signIn, watchErrors } from "./support/browser";
import { DEMO_PASSWORD } from "./support/market";

// An OCOP star on a phone, end to end: a seller photographs her certificate and submits it, an admin verifies it,
// the shopper sees the star on the card, under the "4 stars and up" filter and on the product page with its
// expiry; the admin revokes it and the star is gone from all three. Every screen at 360 px, checked by axe.

let server: Server;
let browser: Browser;
let call: Call;
const contexts: BrowserContext[] = [];
const run = Date.now().toString(36).slice(-5);
const DECISION_NO = `${run.toUpperCase()}/QĐ-UBND`;
const NAME = `Mật ong rừng Hướng Hóa ${run}`;
const fixtures = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-ocop-e2e-"));
let product: { id: string; slug: string };
let sellerEmail: string;

/** The certificate valid 60 more days: decided 36 months before that (so it sits in the admin's expiring queue). */
const validUntil = new Date(Date.now() + 60 * 86_400_000);
const ymd = (d: Date, yearsBack = 0) =>
  `${d.getUTCFullYear() - yearsBack}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
const decisionDate = ymd(validUntil, 3);
const shownUntil = ymd(validUntil).split("-").reverse().join("/"); // dd/mm/yyyy

/** A 360 px phone (touch, Vietnamese, Vietnam's time zone). */
async function phone(): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  await context.addInitScript(() => localStorage.setItem("lang", "vi"));
  contexts.push(context);
  return context.newPage();
}

/** Accessible, and nothing wider than the 360 px screen (no sideways scrolling). */
async function checkPhoneScreen(page: Page): Promise<void> {
  await expectAccessible(page);
  const wide = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    screen: window.innerWidth, // 360 unless something wider stretched the layout
    // The elements that stick out themselves (not inside a fixed bar or a sideways-scrolling strip).
    offenders: [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((e) => {
        if (e.getBoundingClientRect().right <= 361) return false;
        for (let a = e.parentElement; a; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (s.position === "fixed" || s.overflowX !== "visible") return false;
        }
        return getComputedStyle(e).position !== "fixed";
      })
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className)} "${(e.textContent ?? "").slice(0, 40)}"`),
  }));
  expect({ url: page.url(), ...wide }).toEqual({ url: page.url(), page: wide.screen, screen: 360, offenders: [] });
}

beforeAll(async () => {
  server = await startServer("console", { refuseStale: true });
  call = apiClient(server.url);
  browser = await launchBrowser();
  // A demo stall's product with no star yet, renamed so the shopper's search finds just it.
  const { rows } = await server.sql(
    `SELECT p.id, u.email FROM product p JOIN stall s ON s.id = p.stall_id JOIN app_user u ON u.id = s.owner_id
      WHERE s.status = 'approved' AND p.status = 'active' AND p.hidden_at IS NULL AND p.ocop_stars IS NULL
        AND u.email LIKE 'stall%@demo.chophien.vn'
      ORDER BY u.email, p.created_at LIMIT 1`,
  );
  const row = rows[0] as { id: string; email: string };
  sellerEmail = row.email;
  const token = await login(call, sellerEmail, DEMO_PASSWORD);
  ({ product } = await call<{ product: { id: string; slug: string } }>(`/seller/products/${row.id}`, {
    method: "PATCH",
    token,
    body: { name: NAME },
  }));
  // The scan as a phone's camera would hand it over: a real JPEG.
  await sharp({ create: { width: 1200, height: 850, channels: 3, background: "#f4ecd8" } })
    .composite([
      {
        input: Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="850"><rect x="40" y="40" width="1120" height="770" fill="none" stroke="#b8860b" stroke-width="12"/><text x="600" y="300" font-family="DejaVu Sans" font-size="64" text-anchor="middle" fill="#8b0000">GIẤY CHỨNG NHẬN</text><text x="600" y="420" font-family="DejaVu Sans" font-size="48" text-anchor="middle">SẢN PHẨM OCOP 4 SAO</text><text x="600" y="540" font-family="DejaVu Sans" font-size="36" text-anchor="middle">${DECISION_NO}</text></svg>`,
        ),
      },
    ])
    .jpeg({ quality: 80 })
    .toFile(path.join(fixtures, "chung-nhan.jpg"));
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
  fs.rmSync(fixtures, { recursive: true, force: true });
});

/** What the shopper sees of the product: the card's star, the filtered listing, the product page. */
async function shopperSees(page: Page, stars: boolean): Promise<void> {
  const card = (p: Page) => p.locator("article", { has: p.locator(`a[href$="/san-pham/${product.slug}"]`) });
  await page.goto(`/tim-kiem?q=${encodeURIComponent(NAME)}`);
  await expect(card(page).waitFor()).resolves.toBeUndefined();
  await checkPhoneScreen(page);
  expect(await card(page).getByText("Sản phẩm OCOP 4 sao").count()).toBe(stars ? 1 : 0);

  await page.goto(`/tim-kiem?q=${encodeURIComponent(NAME)}&ocopMin=4`);
  await page.locator("main").waitFor();
  if (stars) await card(page).waitFor();
  else await page.waitForLoadState("networkidle");
  await checkPhoneScreen(page);
  expect(await card(page).count()).toBe(stars ? 1 : 0);

  await page.goto(`/san-pham/${product.slug}`);
  await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
  await checkPhoneScreen(page);
  // The product's own summary (the page also lists other products, some with stars of their own).
  const summary = page.locator("div", { has: page.getByRole("heading", { level: 1, name: NAME }) }).last();
  expect(await summary.getByText(`Còn hiệu lực đến ${shownUntil}`).count()).toBe(stars ? 1 : 0);
  expect(await summary.getByText("Sản phẩm OCOP 4 sao").count()).toBe(stars ? 2 : 0); // the badge and the certificate
  if (stars) await expect(summary.getByText(`UBND tỉnh Quảng Trị, quyết định ${DECISION_NO}`).isVisible()).resolves.toBe(true);
}

describe("an OCOP certificate from a phone to the shopper's screen and back", () => {
  let seller: Page;
  let admin: Page;
  let shopper: Page;

  it("the seller submits her certificate with a photo of it", async () => {
    seller = await phone();
    const errors = watchErrors(seller);
    await signIn(seller, sellerEmail, DEMO_PASSWORD);
    await seller.goto("/console/seller/certificates");
    await seller.getByRole("heading", { name: "Thêm chứng nhận" }).waitFor();
    await checkPhoneScreen(seller);

    const photo = seller.getByLabel("Ảnh chụp giấy chứng nhận (hoặc PDF)");
    expect(await photo.getAttribute("capture")).toBe("environment");
    await photo.setInputFiles(path.join(fixtures, "chung-nhan.jpg"));
    await seller.getByRole("checkbox", { name: NAME }).check();
    await seller.getByLabel("Số sao").selectOption("4");
    await seller.getByLabel("Cơ quan ra quyết định").fill("UBND tỉnh Quảng Trị");
    await seller.getByLabel("Số quyết định").fill(DECISION_NO);
    await seller.getByLabel("Ngày quyết định").fill(decisionDate);
    await seller.getByRole("button", { name: "Gửi để xác minh" }).click();
    await seller.getByRole("status").filter({ hasText: "Đã gửi, chờ quản trị viên xác minh." }).waitFor();
    const mine = seller.getByRole("region", { name: "Chứng nhận của gian hàng" });
    await mine.getByText(`4★ · UBND tỉnh Quảng Trị · ${DECISION_NO}`).waitFor();
    await checkPhoneScreen(seller);

    const { rows } = await server.sql(`SELECT status, document_type FROM ocop_certificate WHERE decision_no = $1`, [DECISION_NO]);
    // The JPEG was re-encoded (metadata gone) and stored beside the certificate.
    expect(rows).toEqual([{ status: "submitted", document_type: "image/webp" }]);
    expect(errors).toEqual([]);
  });

  it("nothing shows before an admin has verified it", async () => {
    shopper = await phone();
    await shopperSees(shopper, false);
  });

  it("an admin verifies it from the queue, and the star appears on the card, the filter and the product page", async () => {
    admin = await phone();
    const errors = watchErrors(admin);
    await signIn(admin, server.admin.email, server.admin.password);
    await admin.goto("/console/admin/certificates");
    const entry = admin.getByRole("article", { name: `4★ ${DECISION_NO}` });
    await entry.waitFor();
    await checkPhoneScreen(admin);
    await expect(entry.getByRole("link", { name: "Tải bản chụp / quyết định" }).isVisible()).resolves.toBe(true);
    await entry.getByRole("button", { name: "Xác minh" }).click();
    await entry.waitFor({ state: "detached" });
    const { rows } = await server.sql(`SELECT status FROM ocop_certificate WHERE decision_no = $1`, [DECISION_NO]);
    expect(rows).toEqual([{ status: "verified" }]);
    expect(errors).toEqual([]);

    await shopperSees(shopper, true);
  });

  it("the admin revokes it from the expiring list, and the star is gone everywhere at once", async () => {
    await admin.getByRole("tab", { name: "Sắp hết hạn (90 ngày)" }).click();
    const entry = admin.getByRole("article", { name: `4★ ${DECISION_NO}` });
    await entry.waitFor();
    await checkPhoneScreen(admin);
    await admin.getByLabel("Lý do (khi từ chối hoặc thu hồi)").fill("Tỉnh đã thu hồi do không đánh giá lại đúng hạn");
    await entry.getByRole("button", { name: "Thu hồi" }).click();
    await entry.waitFor({ state: "detached" });
    const { rows } = await server.sql(`SELECT status FROM ocop_certificate WHERE decision_no = $1`, [DECISION_NO]);
    expect(rows).toEqual([{ status: "revoked" }]);

    await shopperSees(shopper, false);
  });
});
