import axe from "axe-core";
import type { AuthResponse, Batch, CheckoutResponse, StallOrder } from "@chophien/contracts";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../../../e2e/support/browser";
import { apiCaller } from "../../../e2e/support/api";
import { type Server, startServer } from "../../../e2e/support/server";
import { phoneContext } from "./support/browser";
import { coffeeBagPhoto, seedCoffeeStall, type SeededMarket } from "./support/seed";
import { measureLoad } from "./support/timings";

// A batch's story from the field to the shopper's phone: the producer records a lot with its inputs and a harvest
// photo in the console on a phone, ships an order naming that lot, and the buyer opens "Xem nguồn gốc" from the
// order — the same URL the lot's QR code holds — and reads a timeline the phone itself checked.

let server: Server;
let browser: Browser;
let market: SeededMarket;
const SELLER = { email: "tacon.coffee@e2e.chophien.test", password: "seller-password" };
const BUYER = { email: "lan.nguyen@e2e.chophien.test", password: "mua-hang-o-cho-phien-7", fullName: "Nguyễn Thị Lan" };

const call = apiCaller(() => server.url);

/** No serious or critical axe violations on the page as it is now. */
async function axeCheck(page: Page): Promise<void> {
  // Evaluated through the debugging protocol: the pages' Content-Security-Policy forbids inline scripts, rightly.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
  expect([page.url(), violations]).toEqual([page.url(), []]);
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

let orderCode = "";
let stallOrderId = "";
let buyerToken = "";
let batch: Batch | undefined;

beforeAll(async () => {
  server = await startServer("storefront");
  market = await seedCoffeeStall(server.url, server.admin);
  browser = await launchBrowser();
  buyerToken = (await call<AuthResponse>("/auth/register", { body: BUYER })).accessToken;
  const { order } = await call<CheckoutResponse>("/checkout", {
    token: buyerToken,
    headers: { "Idempotency-Key": "e2e-trace-1" },
    body: {
      shippingAddress: {
        fullName: BUYER.fullName,
        phone: "0912345678",
        province: "quang-tri",
        ward: "Phường Đông Hà",
        street: "12 Lê Duẩn",
      },
      paymentMethod: "cod",
      items: [{ productId: market.product.id, quantity: 2 }],
    },
  });
  orderCode = order.code;
  stallOrderId = order.stallOrders[0]!.id;
  await call(`/seller/orders/${stallOrderId}/confirm`, { token: market.sellerToken, body: {} });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the producer, on a phone in the console", () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    context = await phoneContext(browser, server.url);
    page = await context.newPage();
    errors = watchErrors(page);
    await page.goto("/console/login");
    await page.getByLabel("Email").fill(SELLER.email);
    await page.getByLabel("Mật khẩu").fill(SELLER.password);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.waitForURL((u) => !u.pathname.endsWith("/login"));
  });
  afterAll(() => context.close());
  afterEach(() => expect(errors).toEqual([]));

  it("records a lot with its inputs from the product's page", async () => {
    await page.goto(`/console/seller/products/${market.product.id}`);
    await page.getByRole("link", { name: "Lô hàng & truy xuất" }).click();
    await page.waitForURL(/\/batches$/);
    await page.getByRole("heading", { name: "Ghi lô mới" }).waitFor();
    await axeCheck(page);
    await page.getByLabel("Số lô").fill("TC-2026-11");
    await page.getByLabel("Ngày sản xuất").fill("2026-11-20");
    await page.getByLabel("Số gói trong lô").fill("40");
    await page.getByRole("textbox", { name: "Vật tư 1" }).fill("Phân chuồng ủ hoai");
    await page.getByLabel("Nhà cung cấp").first().fill("HTX Tà Cơn");
    await page.getByRole("button", { name: "Ghi lô", exact: true }).click();
    await page.waitForURL(/\/console\/seller\/batches\//);
    await page.getByRole("heading", { name: "Lô TC-2026-11" }).first().waitFor();
    await axeCheck(page);
  });

  it("adds the harvest with a photo from the camera", async () => {
    await page.getByLabel("Loại sự kiện").selectOption("harvest");
    await page.getByLabel("Địa điểm").fill("Đồi Tà Cơn, Khe Sanh");
    await page.getByLabel("Mô tả").fill("Hái quả chín đỏ, phơi giàn");
    await page.getByLabel("Chụp hoặc chọn ảnh").setInputFiles({
      name: "thu-hoach.jpg",
      mimeType: "image/jpeg",
      buffer: await coffeeBagPhoto("Thu hoạch"),
    });
    await page.getByRole("button", { name: "Ghi vào nhật ký" }).click();
    await page.getByText("Đã ghi sự kiện vào nhật ký.").waitFor();
    await page.getByTestId("batch-event").filter({ hasText: "Thu hoạch" }).waitFor();
    await axeCheck(page);
    // Prints: the labels PDF opens from the session (a plain link would carry no token), the poster is a link.
    const [labels] = await Promise.all([
      context.waitForEvent("page"),
      page.getByRole("button", { name: "In tem (PDF)" }).click(),
    ]);
    expect(labels.url()).toMatch(/^blob:/);
    await labels.close();
    const poster = await page.getByRole("link", { name: "In áp phích gian hàng (PDF)" }).getAttribute("href");
    const pdf = await page.request.get(poster!);
    expect([pdf.status(), pdf.headers()["content-type"]]).toEqual([200, "application/pdf"]);
    const { items } = await call<{ items: Batch[] }>(`/seller/products/${market.product.id}/batches`, {
      token: market.sellerToken,
    });
    batch = items.find((b) => b.lot === "TC-2026-11");
    expect(batch).toMatchObject({ eventCount: 1, quantity: 40 });
  });

  it("ships the order naming that lot", async () => {
    await page.goto(`/console/seller/orders/${stallOrderId}`);
    await page.getByRole("button", { name: "Gửi hàng" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Đơn vị vận chuyển").selectOption("Viettel Post");
    await dialog.getByLabel("Mã vận đơn").fill("VTP2611280042");
    const lot = dialog.getByLabel(/× 2/);
    await lot.locator(`option[value="${batch!.id}"]`).waitFor({ state: "attached" });
    await lot.selectOption(batch!.id);
    await axeCheck(page);
    await dialog.getByRole("button", { name: "Gửi hàng" }).click();
    await page.getByText("Đã ghi nhận gửi hàng").waitFor();
    const { stallOrder } = await call<{ stallOrder: StallOrder }>(`/seller/orders/${stallOrderId}`, {
      token: market.sellerToken,
    });
    expect(stallOrder.items[0]).toMatchObject({ traceCode: batch!.code });
  });
});

describe("the buyer, on a phone", () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    context = await phoneContext(browser, server.url);
    page = await context.newPage();
    errors = watchErrors(page);
  });
  afterAll(() => context.close());
  afterEach(() => expect(errors).toEqual([]));

  it("opens the lot's story from the order: 'Xem nguồn gốc' goes where the QR code points", async () => {
    await page.goto(`/dang-nhap?next=${encodeURIComponent(`/don-hang/${orderCode}`)}`);
    await page.getByLabel("Email").fill(BUYER.email);
    await page.getByLabel("Mật khẩu").fill(BUYER.password);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.waitForURL((u) => u.pathname === `/don-hang/${orderCode}`);
    const link = page.getByRole("link", { name: "Xem nguồn gốc" });
    await link.waitFor();
    await axeCheck(page);
    // The QR code on the label holds traceUrl; the order's link is the same page.
    expect(new URL(batch!.traceUrl).pathname).toBe(`/t/${batch!.code}`);
    await expect(link.getAttribute("href")).resolves.toBe(`/t/${batch!.code}`);
    await link.click();
    await page.waitForURL(`**/t/${batch!.code}`);
    await page.getByRole("heading", { level: 1, name: "Cà phê Khe Sanh rang mộc Tà Cơn" }).waitFor();
    await page.getByText("Phân chuồng ủ hoai").waitFor();
    await page.getByText("Hái quả chín đỏ, phơi giàn").waitFor();
    await page.getByText(/chuỗi mã băm của 1 sự kiện nguyên vẹn/).waitFor();
    await expect(page.locator('[data-testid="trace-event"] img').count()).resolves.toBe(1);
    await axeCheck(page);
    // Nothing is wider than a 360 px phone.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
  });

  it("reads it in English when a stranger's camera opens the QR's URL, and can report a problem", async () => {
    const stranger = await phoneContext(browser, server.url);
    const p = await stranger.newPage();
    const strangerErrors = watchErrors(p);
    // A cold phone opening the QR's URL: the browser's own clocks (printed for the report, not asserted).
    const timing = await measureLoad(p, "trace page", new URL(batch!.traceUrl).pathname);
    console.log(`trace page, cold phone 390×844: ${JSON.stringify(timing)}`);
    await p.getByRole("heading", { level: 1 }).waitFor();
    await p.getByRole("button", { name: "Switch to English" }).first().click();
    await p.getByText("Harvest").waitFor();
    await p.getByText(/the hash chain of all 1 events is intact/).waitFor();
    await axeCheck(p);
    await p.getByText("Report a problem").click();
    await p.getByLabel("What went wrong").fill("The seal on my bag was broken");
    await p.getByRole("button", { name: "Send report" }).click();
    await p.getByText("Thank you! The market's team has your report.").waitFor();
    await axeCheck(p);
    expect(strangerErrors).toEqual([]);
    await stranger.close();
  });
});
