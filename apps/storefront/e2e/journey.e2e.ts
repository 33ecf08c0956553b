import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, phoneContext } from "./support/browser";
import { screenshot } from "./support/screens";
import { deliverStallOrder, seedCoffeeStall, type SeededMarket } from "./support/seed";
import { type Server, startServer } from "./support/server";

let server: Server;
let browser: Browser;
let market: SeededMarket;

beforeAll(async () => {
  server = await startServer();
  market = await seedCoffeeStall(server.url, server.admin);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Fails the test on any script error in the page (a broken chunk, an unhandled rejection). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

const PRODUCT = "Cà phê Khe Sanh rang mộc Tà Cơn";
const STALL = "Cà phê Tà Cơn Khe Sanh";

describe("a shopper on a phone", () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let orderUrl = "";

  beforeAll(async () => {
    context = await phoneContext(browser, server.url);
    page = await context.newPage();
    errors = watchErrors(page);
  });
  afterAll(() => context.close());
  afterEach(() => expect(errors).toEqual([]));

  it("searches “ca phe” without diacritics, with suggestions as they type, and filters to 5-star OCOP", async () => {
    await page.goto("/");
    await expect(page.title()).resolves.toContain("Chợ Phiên");
    await page.getByRole("heading", { name: "OCOP nổi bật" }).waitFor();
    await screenshot(page, "vi", "home");

    const search = page.getByRole("combobox", { name: "Tìm sản phẩm" });
    await search.fill("ca phe");
    await page.getByRole("listbox", { name: "Gợi ý sản phẩm" }).getByRole("option").first().waitFor();
    await search.press("Enter");
    await page.waitForURL("**/tim-kiem?q=ca+phe");
    await page.getByRole("heading", { name: "Kết quả cho “ca phe”" }).waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: /\d+ sản phẩm/ })
      .waitFor();
    await screenshot(page, "vi", "search");

    await page.getByRole("button", { name: "Bộ lọc" }).click();
    const filters = page.getByRole("dialog", { name: "Bộ lọc" });
    await filters.getByText(/^5★/).click();
    await page.waitForURL(/ocopMin=5/);
    await filters.getByRole("button", { name: /^Xem \d+ kết quả$/ }).click();
    await page.getByRole("link", { name: PRODUCT }).click();
  });

  it("reads the product page: photo with srcset, price, OCOP certificate, stall — and adds two to the cart", async () => {
    await page.getByRole("heading", { level: 1, name: PRODUCT }).waitFor();
    expect(page.url()).toContain(`/san-pham/${market.product.slug}`);
    const photo = page.getByRole("img", { name: PRODUCT });
    await expect(photo.getAttribute("srcset")).resolves.toMatch(/\.webp 320w/);
    await expect(photo.getAttribute("width")).resolves.toBe("1200");
    await page.getByText("Số chứng nhận OCOP-QT-2025-0112").waitFor();
    await page.getByRole("link", { name: STALL }).waitFor();
    await screenshot(page, "vi", "product");

    await page.getByRole("button", { name: `Tăng số lượng ${PRODUCT}` }).click();
    await page.getByRole("button", { name: /Thêm vào giỏ/ }).click();
    await page.getByText(`Đã thêm 2 “${PRODUCT}” vào giỏ`).waitFor();
    await expect(page.getByRole("link", { name: "Giỏ hàng, 2 sản phẩm" }).isVisible()).resolves.toBe(true);
  });

  it("keeps the guest cart across a reload (httpOnly cookie) and shows it grouped by stall", async () => {
    await page.reload();
    await page.getByRole("link", { name: "Giỏ hàng, 2 sản phẩm" }).click();
    await page.waitForURL("**/gio-hang");
    const group = page.getByRole("region", { name: STALL });
    await group.getByRole("spinbutton", { name: "Số lượng" }).waitFor();
    await expect(group.getByRole("spinbutton", { name: "Số lượng" }).inputValue()).resolves.toBe("2");
    await screenshot(page, "vi", "cart");
  });

  it("registers at checkout; the cart comes along; pays cash on delivery", async () => {
    await page.getByRole("link", { name: "Thanh toán" }).click();
    await page.waitForURL(/\/dang-nhap\?next=%2Fthanh-toan/);
    await page.getByRole("link", { name: "Đăng ký" }).click();
    await page.getByLabel("Họ và tên").fill("Lê Thị Hoa");
    await page.getByLabel("Email").fill("hoa.le@e2e.chophien.test");
    await page.getByLabel("Mật khẩu").fill("mat-khau-cua-hoa");
    await page.getByRole("button", { name: "Đăng ký" }).click();

    await page.getByRole("heading", { name: "Giao hàng đến đâu?" }).waitFor();
    expect(page.url()).toMatch(/\/thanh-toan$/);
    await page.getByLabel("Số điện thoại", { exact: true }).fill("0987 654 321");
    await page.getByLabel("Tỉnh, thành phố").selectOption("quang-tri");
    await page.getByLabel("Phường, xã").fill("Phường Đông Hà");
    await page.getByLabel("Số nhà, tên đường, thôn xóm").fill("24 Hùng Vương");
    await screenshot(page, "vi", "checkout");
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await page.getByRole("radio", { name: /Trả tiền khi nhận hàng/ }).check();
    await page.getByRole("button", { name: "Tiếp tục" }).click();

    // The cart survived registration: the review lists it, priced for delivery within Quảng Trị.
    await page.getByRole("region", { name: STALL }).getByText(`${PRODUCT} × 2`).waitFor();
    await screenshot(page, "vi", "checkout-review");
    await page.getByRole("button", { name: "Đặt hàng", exact: true }).click();

    await page.waitForURL(/\/don-hang\/CP-[A-Z0-9-]+\?placed=1$/);
    orderUrl = page.url().replace(/\?.*$/, "");
    await page.getByText(/Đặt hàng thành công!/).waitFor();
    const part = page.getByTestId("stall-order");
    await expect(part.count()).resolves.toBe(1);
    await part.getByRole("link", { name: STALL }).waitFor();
    await part.getByText("Đã đặt", { exact: true }).first().waitFor();
    await part.getByRole("link", { name: PRODUCT }).waitFor();
    await screenshot(page, "vi", "order");
    await expect(page.getByRole("link", { name: "Giỏ hàng, 0 sản phẩm" }).isVisible()).resolves.toBe(true);
  });

  it("follows the parcel to the door, confirms receipt and reviews the coffee", async () => {
    const code = orderUrl.split("/").pop()!;
    await deliverStallOrder(server.url, market.sellerToken, code);
    await page.reload();
    const part = page.getByTestId("stall-order");
    await part.getByText("VTP2611280042", { exact: true }).waitFor();
    await part.getByText("Đã giao", { exact: true }).first().waitFor();

    await page.getByRole("button", { name: "Đã nhận được hàng" }).click();
    await part.getByText("Hoàn tất", { exact: true }).first().waitFor();
    await page.getByRole("button", { name: "Viết đánh giá" }).click();
    const review = page.getByRole("form", { name: `Đánh giá ${PRODUCT}` });
    await review.getByRole("radio", { name: "5 sao" }).check();
    await review.getByLabel("Cảm nhận của bạn (không bắt buộc)").fill("Cà phê thơm, rang vừa, gói kỹ. Sẽ mua lại!");
    await screenshot(page, "vi", "review");
    await review.getByRole("button", { name: "Gửi đánh giá" }).click();
    await page.getByText("Cảm ơn bạn đã đánh giá!").waitFor();

    await page.goto(`/san-pham/${market.product.slug}#reviews`);
    await page.getByText("Cà phê thơm, rang vừa, gói kỹ. Sẽ mua lại!").waitFor();
  });

  it("looks the same in English", async () => {
    await page.goto(orderUrl);
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("link", { name: "My orders" }).first().waitFor();
    await screenshot(page, "en", "order");

    await page.goto("/");
    await page.getByRole("heading", { name: "Top OCOP picks" }).waitFor();
    await screenshot(page, "en", "home");
    await page.goto("/tim-kiem?q=ca+phe");
    await page.getByRole("heading", { name: "Results for “ca phe”" }).waitFor();
    await screenshot(page, "en", "search");
    await page.goto(`/san-pham/${market.product.slug}`);
    await page.getByRole("heading", { level: 1, name: PRODUCT }).waitFor();
    await screenshot(page, "en", "product");
    await page.getByRole("button", { name: /Add to cart/ }).click();
    await page.getByText(`Added 1 “${PRODUCT}” to your cart`).waitFor();
    await page.goto("/gio-hang");
    await page.getByRole("region", { name: STALL }).waitFor();
    await screenshot(page, "en", "cart");
    await page.getByRole("link", { name: "Check out" }).click();
    await page.getByRole("heading", { name: "Where should we deliver?" }).waitFor();
    await page.getByLabel("Phone number", { exact: true }).fill("0987654321");
    await page.getByLabel("Province or city").selectOption("hue");
    await page.getByLabel("Ward or commune").fill("Phường Thuận Hóa");
    await page.getByLabel("House number, street, hamlet").fill("3 Lê Lợi");
    await screenshot(page, "en", "checkout");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Place order", exact: true }).waitFor();
    await screenshot(page, "en", "checkout-review");
    expect(orderUrl).not.toBe("");
  });

  it("pays with VNPay: off to the (local sandbox) bank page, back to a result page that waits for the IPN", async () => {
    await page.getByRole("button", { name: "Edit" }).nth(1).click();
    await page.getByRole("radio", { name: /VNPay/ }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Place order and pay with VNPay" }).click();

    await page.waitForURL(/\/vnpay-sandbox\//);
    await page.getByLabel(/card number|số thẻ/i).fill("9704198526191432198");
    await page.getByLabel(/holder|chủ thẻ/i).fill("NGUYEN VAN A");
    await page.getByLabel(/issue|phát hành/i).fill("07/15");
    await page.locator("button.primary").click();
    await page.getByLabel(/otp/i).fill("123456");
    await page.locator("button.primary").click();

    await page.waitForURL(/\/don-hang\/CP-[A-Z0-9-]+\/ket-qua/);
    const result = page.getByTestId("payment-result");
    await page.waitForFunction(
      () => document.querySelector('[data-testid="payment-result"]')?.getAttribute("data-status") === "paid",
      null,
      {
        timeout: 30_000,
      },
    );
    await result.getByRole("heading", { name: "Payment received" }).waitFor();
    await screenshot(page, "en", "payment-result");
  });
});

describe("a shopper's account", () => {
  it("lists the orders, edits the profile and signs out", async () => {
    const context = await phoneContext(browser, server.url);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto("/dang-nhap?next=%2Fdon-hang");
    await page.getByLabel("Email").fill("hoa.le@e2e.chophien.test");
    await page.getByLabel("Mật khẩu").fill("mat-khau-cua-hoa");
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.waitForURL("**/don-hang");
    const orders = page.getByRole("main").getByRole("link", { name: /^CP-\d{8}-/ });
    await orders.nth(1).waitFor();
    await expect(orders.count()).resolves.toBe(2);

    // A reload keeps the session: the access token is gone with the page, the refresh cookie brings it back.
    await page.goto("/tai-khoan");
    const phone = page.getByLabel("Số điện thoại", { exact: true });
    // (Wait for the page's own silent refresh to land first: a reload that aborts it mid-flight would lose the
    // rotated cookie, and the API treats the old one's reuse as theft and ends the session.)
    await phone.waitFor();
    await page.reload();
    await phone.fill("0905 123 456");
    await page.getByRole("button", { name: "Lưu thay đổi" }).click();
    await page.getByText("Đã lưu thông tin.").waitFor();
    await page.reload();
    await expect(page.getByLabel("Số điện thoại", { exact: true }).inputValue()).resolves.toBe("0905123456");

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.waitForURL(server.url + "/");
    await page.goto("/don-hang");
    await page.waitForURL(/\/dang-nhap\?next=%2Fdon-hang/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("pages a shopper may land on", () => {
  it("answers an unknown address and an unknown product with the 404 page", async () => {
    const context = await phoneContext(browser, server.url);
    const page = await context.newPage();
    await page.goto("/khong-co-trang-nay");
    await page.getByRole("heading", { name: "Không tìm thấy trang" }).waitFor();
    await page.goto("/san-pham/khong-co-san-pham-nay");
    await page.getByRole("heading", { name: "Không tìm thấy trang" }).waitFor();
    await expect(page.title()).resolves.toBe("Không tìm thấy trang · Chợ Phiên");
    await context.close();
  });

  it("comes back to the same page of results, at the same place, after opening a product", async () => {
    const context = await phoneContext(browser, server.url);
    const page = await context.newPage();
    await page.goto("/tim-kiem?q=ca+phe&page=2");
    const card = page.locator("article a").nth(9);
    await card.scrollIntoViewIfNeeded();
    const where = await page.evaluate(() => window.scrollY);
    expect(where).toBeGreaterThan(500);
    await card.click();
    await page.waitForURL("**/san-pham/**");
    await page.waitForFunction(() => window.scrollY === 0);
    await page.goBack();
    await page.waitForURL("**/tim-kiem?q=ca+phe&page=2");
    await page.waitForFunction((y) => window.scrollY === y, where);
    await context.close();
  });

  it("shows the stall with its story, products and a QR code that prints alone", async () => {
    const context = await phoneContext(browser, server.url);
    const page = await context.newPage();
    await page.goto(`/gian-hang/${market.stall.slug}`);
    await page.getByRole("heading", { level: 1, name: STALL }).waitFor();
    await page.getByRole("img", { name: `Mã QR dẫn tới gian hàng ${STALL}` }).waitFor();
    await page.getByRole("link", { name: PRODUCT }).waitFor();
    await screenshot(page, "vi", "stall");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { level: 1, name: STALL }).isVisible()).resolves.toBe(false);
    await expect(page.locator(".print-poster img").isVisible()).resolves.toBe(true);
    await context.close();
  });
});
