import type { Browser, BrowserContext, Page } from "playwright-core";
import { expectAccessible } from "../../../e2e/support/axe";
import { launchBrowser } from "../../../e2e/support/browser";
import { type Server, startServer } from "../../../e2e/support/server";
import { signIn, watchErrors } from "./support/browser";

// The demo's market session, run from the admin's phone (360 px): find it on the live desk, go live, pin A1, paste
// comments (one repeated, one without a phone), enter the viewers, end, and read the report with its chart.

let server: Server;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await startServer("console");
  browser = await launchBrowser();
  context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 360, height: 800 },
    isMobile: true,
    hasTouch: true,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  page = await context.newPage();
  errors = watchErrors(page);
  await signIn(page, server.admin.email, server.admin.password);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

it("the admin finds the scheduled session on the live desk", async () => {
  await page.goto("/console/admin/live");
  await page.getByRole("heading", { name: "Lên lịch phiên mới" }).waitFor();
  await page.getByRole("link", { name: "Phiên chợ OCOP Tuổi trẻ Quảng Trị" }).click();
  await page.getByRole("heading", { name: "Sản phẩm giá live" }).waitFor();
  await page.getByText("A3").first().waitFor();
  await expectAccessible(page);
});

it("goes live, pins A1 and turns pasted comments into drafts", async () => {
  await page.getByRole("button", { name: "Lên sóng" }).click();
  await page.getByText("Đang live").first().waitFor();
  await page.getByRole("button", { name: "Ghim A1" }).click();
  await page.getByText("Đang ghim").waitFor();
  await page
    .getByLabel("Dán bình luận, mỗi dòng một đơn")
    .fill(
      [
        "A1 2 0905123456 Nguyễn Văn An",
        "a1 2 0905 123 456 nguyen van an",
        "chốt A2 x1 0912.345.678 Lê Thị Bích",
        "A3 1 Trần Văn C",
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Tạo đơn nháp và gửi SMS" }).click();
  await page.getByText("Đã tạo 2 đơn nháp.").waitFor();
  await page.getByText("no valid phone number").waitFor();
  await expectAccessible(page);
});

it("enters the viewers, ends the session and reads the report with its chart", async () => {
  await page.getByLabel("Lúc đông nhất").fill("2500");
  await page.getByLabel("Tổng người xem").fill("1800");
  await page.getByRole("button", { name: "Lưu số người xem" }).click();
  await page.getByRole("button", { name: "Kết thúc phiên" }).click();
  await page.getByRole("heading", { name: "Báo cáo phiên" }).waitFor();
  await page.getByText("Người xem (nhập tay): đông nhất 2500, tổng 1800").waitFor();
  await page.getByText("3 bình luận đặt hàng").waitFor();
  await expect(page.getByRole("link", { name: "Tải CSV" }).getAttribute("href")).resolves.toMatch(/\/report\.csv$/);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  await expectAccessible(page);
  expect(errors).toEqual([]);
});
