import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { expectAccessible } from "../../../e2e/support/axe";
import { launchBrowser } from "../../../e2e/support/browser";
import { type Server, startServer } from "../../../e2e/support/server";
import { expectTapTargets } from "../../../e2e/support/tap-targets";
import { phoneContext } from "./support/browser";
import { seedCoffeeStall, type SeededMarket } from "./support/seed";

// A shopper with only a phone number, on a 390 px phone: she buys as a guest and pays by bank transfer — the VietQR
// page shows the amount and the transfer note big, with copy buttons — "pays" in the local bank sandbox, whose
// signed notification settles the order once; she looks the order up by code and phone, and later signs in with the
// SMS code and finds the order in her account. Signed in, she buys a second product with "Mua ngay" (her cart is
// left as it is), abandons the VNPay page, pays again from the order page, then cancels and is shown her refund.

const PHONE = "0912 345 678";
const NAME = "Hoàng Thị Lan";

let server: Server;
let browser: Browser;
let market: SeededMarket;
let context: BrowserContext;
let page: Page;
let orderCode = "";

/** Every page the shopper sees passes axe and has tap targets of 44 × 44 px or more. */
async function checkPage(p: Page) {
  await expectAccessible(p);
  await expectTapTargets(p);
}

/** The newest SMS sent to `e164`, from the development outbox under DATA_DIR/sms. */
function lastSmsTo(e164: string): string | undefined {
  const dir = path.join(server.dataDir, "sms");
  if (!fs.existsSync(dir)) return undefined;
  const texts = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as { to: string; text: string })
    .filter((m) => m.to === e164)
    .map((m) => m.text);
  return texts.at(-1);
}

beforeAll(async () => {
  server = await startServer("storefront");
  market = await seedCoffeeStall(server.url, server.admin);
  browser = await launchBrowser();
  context = await phoneContext(browser, server.url);
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe("a phone shopper without an account", () => {
  it("buys as a guest and is shown the VietQR code with the amount and note big, each with a copy button", async () => {
    await page.goto(`/san-pham/${market.product.slug}`);
    await page.getByRole("heading", { level: 1, name: market.product.name }).waitFor();
    await page.getByRole("button", { name: /Thêm vào giỏ/ }).click();
    await page.getByText(`Đã thêm 1 “${market.product.name}” vào giỏ`).waitFor();

    await page.goto("/thanh-toan");
    await page.getByText("Mua không cần tài khoản.").waitFor();
    await checkPage(page);
    await page.getByLabel("Họ và tên người nhận").fill(NAME);
    await page.getByLabel("Số điện thoại", { exact: true }).fill(PHONE);
    await page.getByLabel("Tỉnh, thành phố").selectOption("quang-tri");
    await page.getByLabel("Phường, xã").fill("Phường Đông Hà");
    await page.getByLabel("Số nhà, tên đường, thôn xóm").fill("8 Trần Hưng Đạo");
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await page.getByRole("radio", { name: /Chuyển khoản \(VietQR\)/ }).check();
    await checkPage(page);
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await page.getByText(`${market.product.name} × 1`).waitFor();
    await checkPage(page);
    await page.getByRole("button", { name: /^Đặt hàng/ }).click();

    await page.waitForURL(/\/tra-cuu-don-hang\?ma=CP-/);
    orderCode = new URL(page.url()).searchParams.get("ma")!;
    await page.getByRole("heading", { name: "Đã đặt hàng" }).waitFor();
    const amount = page.getByTestId("vietqr-amount");
    const note = page.getByTestId("vietqr-note");
    await amount.waitFor();
    await expect(note.textContent()).resolves.toContain(orderCode.replace(/-/g, ""));
    for (const what of [amount, note]) {
      const size = await what.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(20);
    }
    await page.getByRole("button", { name: /Sao chép.*Số tiền/i }).waitFor();
    await page.getByRole("button", { name: /Sao chép.*Nội dung/i }).waitFor();
    await expect(page.getByTestId("lookup-payment").textContent()).resolves.toContain("Đang chờ thanh toán");
    await checkPage(page);
  });

  it("pays in the bank sandbox; the signed notification settles the order once", async () => {
    const lookupUrl = page.url();
    await page.getByRole("link", { name: "Thanh toán thử ở ngân hàng thử nghiệm" }).click();
    await page.getByRole("heading", { name: "Ngân hàng thử nghiệm" }).waitFor();
    await page.getByRole("button", { name: "Chuyển tiền" }).click();
    await page.locator("#txn").waitFor();

    await page.goto(lookupUrl);
    await expect(page.getByTestId("lookup-payment").textContent()).resolves.toContain("Đã thanh toán");
    await checkPage(page);
    const { rows } = await server.sql(
      `SELECT count(*)::int AS paid FROM payment p JOIN customer_order o ON o.id = p.order_id
        WHERE o.code = $1 AND p.status = 'paid'`,
      [orderCode],
    );
    expect((rows[0] as { paid: number }).paid).toBe(1);
  });

  it("looks the order up by its code and phone on a fresh phone", async () => {
    const fresh = await phoneContext(browser, server.url);
    const other = await fresh.newPage();
    try {
      await other.goto("/");
      await other.getByRole("link", { name: "Tra cứu đơn hàng" }).first().click();
      await other.waitForURL(/\/tra-cuu-don-hang/);
      await other.getByLabel("Mã đơn hàng").fill(orderCode);
      await other.getByLabel("Số điện thoại").fill(PHONE);
      await other.getByRole("button", { name: "Tra cứu" }).click();
      await other.getByRole("heading", { name: `Đơn ${orderCode}` }).waitFor();
      await expect(other.getByTestId("lookup-payment").textContent()).resolves.toContain("Đã thanh toán");
      await checkPage(other);
    } finally {
      await fresh.close();
    }
  });

  it("later signs in with the SMS code and finds the order in her account", async () => {
    await page.goto("/dang-nhap");
    await page.getByLabel("Số điện thoại di động").fill(PHONE);
    await checkPage(page);
    await page.getByRole("button", { name: "Gửi mã qua SMS" }).click();
    await page.getByLabel("Mã 6 số trong tin nhắn").waitFor();
    let text: string | undefined;
    for (let i = 0; i < 50 && !text; i++) {
      text = lastSmsTo("+84912345678");
      if (!text) await page.waitForTimeout(100);
    }
    const code = /\b(\d{6})\b/.exec(text ?? "")?.[1];
    expect(code).toMatch(/^\d{6}$/);
    await page.getByLabel("Mã 6 số trong tin nhắn").fill(code!);
    await page
      .getByRole("form", { name: "Đăng nhập bằng số điện thoại" })
      .getByRole("button", { name: "Đăng nhập", exact: true })
      .click();
    await page.waitForURL((u) => !u.pathname.startsWith("/dang-nhap"));

    await page.goto("/don-hang");
    await page
      .getByRole("link", { name: new RegExp(orderCode) })
      .first()
      .waitFor();
    await checkPage(page);
  });
});

/** Pays on the local VNPay sandbox's card and OTP pages (each a real form POST), as a shopper would. */
async function payOnVnpaySandbox(p: Page) {
  await p.waitForURL(/\/vnpay-sandbox\//);
  await p.getByLabel("Ngân hàng").selectOption("NCB");
  await p.getByLabel("Số thẻ").fill("9704198526191432198");
  await p.getByLabel("Tên chủ thẻ (không dấu)").fill("NGUYEN VAN A");
  await p.getByLabel("Ngày phát hành (MM/YY)").fill("07/15");
  await Promise.all([
    p.waitForResponse(
      (r) => r.url().endsWith("/vnpay-sandbox/paymentv2/Transaction/card.html") && r.request().method() === "POST",
    ),
    p.getByRole("button", { name: "Tiếp tục" }).click(),
  ]);
  await p.getByLabel("Mã OTP").fill("123456");
  await p.getByRole("button", { name: "Xác nhận thanh toán" }).click();
}

describe("the same shopper, signed in", () => {
  let code = "";

  it('buys with "Mua ngay": checkout holds that one product, and her cart is left as it was', async () => {
    await page.goto(`/san-pham/${market.product.slug}`);
    await page.getByRole("heading", { level: 1, name: market.product.name }).waitFor();
    await page.getByRole("button", { name: /Thêm vào giỏ/ }).click();
    await page.getByText(`Đã thêm 1 “${market.product.name}” vào giỏ`).waitFor();
    await page.getByRole("button", { name: /Tăng/ }).click();
    await checkPage(page);
    await page.getByRole("button", { name: /Mua ngay/ }).click();
    await page.waitForURL(/\/thanh-toan\?mua-ngay=.+&so-luong=2/);

    await page.getByLabel("Họ và tên người nhận").fill(NAME);
    await page.getByLabel("Số điện thoại", { exact: true }).fill(PHONE);
    await page.getByLabel("Tỉnh, thành phố").selectOption("quang-tri");
    await page.getByLabel("Phường, xã").fill("Phường Đông Hà");
    await page.getByLabel("Số nhà, tên đường, thôn xóm").fill("8 Trần Hưng Đạo");
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await page.getByRole("radio", { name: /VNPay/ }).check();
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await page.getByText(`${market.product.name} × 2`).waitFor();
    await checkPage(page);
    await page.getByRole("button", { name: "Đặt hàng và thanh toán qua VNPay" }).click();

    // She leaves the bank's page without paying.
    await page.waitForURL(/\/vnpay-sandbox\//);
    const { rows } = await server.sql(
      `SELECT o.code FROM customer_order o JOIN payment p ON p.order_id = o.id
        WHERE o.code <> $1 ORDER BY o.created_at DESC LIMIT 1`,
      [orderCode],
    );
    code = (rows[0] as { code: string }).code;
    const { rows: cart } = await server.sql(
      `SELECT ci.quantity FROM cart_item ci JOIN cart c ON c.id = ci.cart_id JOIN app_user u ON u.id = c.user_id
        WHERE u.phone_e164 = '+84912345678'`,
    );
    expect(cart).toEqual([{ quantity: 1 }]);
  });

  it("pays the abandoned order again from the order page", async () => {
    await page.goto(`/don-hang/${code}`);
    await page.getByText("Đơn hàng chưa được thanh toán").waitFor();
    await checkPage(page);
    await page.getByRole("button", { name: "Thanh toán lại" }).click();
    await payOnVnpaySandbox(page);
    await page.waitForURL(/\/don-hang\/CP-[A-Z0-9-]+\/ket-qua/);
    await page.locator('[data-testid="payment-result"][data-status="paid"]').waitFor({ timeout: 30_000 });
    const { rows } = await server.sql(
      `SELECT count(*) FILTER (WHERE p.status = 'paid')::int AS paid, count(*)::int AS attempts
         FROM payment p JOIN customer_order o ON o.id = p.order_id WHERE o.code = $1`,
      [code],
    );
    expect(rows[0]).toMatchObject({ paid: 1 });
    expect((rows[0] as { attempts: number }).attempts).toBeGreaterThanOrEqual(1);
  });

  it("cancels before the stall confirms and is shown the refund on its way", async () => {
    await page.goto(`/don-hang/${code}`);
    await page.getByRole("button", { name: "Hủy đơn hàng" }).click();
    await page.getByRole("button", { name: "Đồng ý hủy" }).click();
    // On its way ("Đang hoàn … — thường trong 3–7 ngày"), or already back where the sandbox answers at once.
    const refund = page.getByTestId("order-refund");
    await refund.waitFor();
    await expect(refund.textContent()).resolves.toMatch(
      /(Đang hoàn [\d.]+\s₫ về thẻ\/tài khoản — thường trong 3–7 ngày|Đã hoàn [\d.]+\s₫)/,
    );
    await checkPage(page);
  });
});
