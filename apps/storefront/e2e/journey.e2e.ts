import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../../../e2e/support/browser";
import { type Server, startServer } from "../../../e2e/support/server";
import { desktopContext, phoneContext } from "./support/browser";
import { screenshot } from "./support/screens";
import { deliverStallOrder, seedCoffeeStall, seedHoneyStall, type SeededMarket } from "./support/seed";
import { measureLoad, type PageTiming, reportTimings } from "./support/timings";

let server: Server;
let browser: Browser;
let market: SeededMarket;
let honey: SeededMarket;
/** The order the phone journey placed and paid with VNPay (both stalls), once placed. */
let orderUrl = "";
const timings: PageTiming[] = [];

beforeAll(async () => {
  server = await startServer("storefront");
  market = await seedCoffeeStall(server.url, server.admin);
  honey = await seedHoneyStall(server.url, server.admin);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (timings.length) console.log(reportTimings(timings, "phone 390×844, cold cache, no throttling"));
});

/** Fails the test on any script error in the page (a broken chunk, an unhandled rejection). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

const PRODUCT = "Cà phê Khe Sanh rang mộc Tà Cơn";
const STALL = "Cà phê Tà Cơn Khe Sanh";
const HONEY = "Mật ong hoa cà phê Buôn Kô Sier";
const HONEY_STALL = "Mật ong H'Hen Buôn Ma Thuột";
const SHOPPER = { email: "hoa.le@e2e.chophien.test", password: "song-nuoc-mua-thu-9" };

/** Signs the shopper in through the sign-in page and lands on `next`. */
async function signIn(page: Page, next: string): Promise<void> {
  await page.goto(`/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(SHOPPER.email);
  await page.getByLabel("Mật khẩu").fill(SHOPPER.password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await page.waitForURL((u) => u.pathname === next);
}

describe("a shopper on a phone", () => {
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
    // The star comes from the verified certificate: its authority, decision and expiry are on the page.
    await page.getByText("Bộ Nông nghiệp và Môi trường, quyết định OCOP-QT-2025-0112").waitFor();
    await page
      .getByText(/Còn hiệu lực đến \d{2}\/\d{2}\/\d{4}/)
      .first()
      .waitFor();
    await page.getByRole("link", { name: STALL }).waitFor();
    await screenshot(page, "vi", "product");

    await page.getByRole("button", { name: `Tăng số lượng ${PRODUCT}` }).click();
    await page.getByRole("button", { name: /Thêm vào giỏ/ }).click();
    await page.getByText(`Đã thêm 2 “${PRODUCT}” vào giỏ`).waitFor();
    await expect(page.getByRole("link", { name: "Giỏ hàng, 2 sản phẩm" }).isVisible()).resolves.toBe(true);
  });

  it("searches again from the header and adds a second stall's honey to the same cart", async () => {
    const search = page.getByRole("combobox", { name: "Tìm sản phẩm" });
    await search.fill("mat ong hoa ca phe");
    await search.press("Enter");
    await page.waitForURL("**/tim-kiem?q=mat+ong+hoa+ca+phe");
    await page.getByRole("link", { name: HONEY }).first().click();
    await page.getByRole("heading", { level: 1, name: HONEY }).waitFor();
    expect(page.url()).toContain(`/san-pham/${honey.product.slug}`);
    await page.getByRole("link", { name: HONEY_STALL }).waitFor();
    await page.getByRole("button", { name: /Thêm vào giỏ/ }).click();
    await page.getByText(`Đã thêm 1 “${HONEY}” vào giỏ`).waitFor();
    await page.getByRole("link", { name: "Giỏ hàng, 3 sản phẩm" }).waitFor();
  });

  it("keeps the guest cart across a reload (httpOnly cookie) and shows it grouped by stall", async () => {
    await page.reload();
    await page.getByRole("link", { name: "Giỏ hàng, 3 sản phẩm" }).click();
    await page.waitForURL("**/gio-hang");
    const coffee = page.getByRole("region", { name: STALL });
    await coffee.getByRole("spinbutton", { name: "Số lượng" }).waitFor();
    await expect(coffee.getByRole("spinbutton", { name: "Số lượng" }).inputValue()).resolves.toBe("2");
    const bees = page.getByRole("region", { name: HONEY_STALL });
    await expect(bees.getByRole("spinbutton", { name: "Số lượng" }).inputValue()).resolves.toBe("1");
    await screenshot(page, "vi", "cart");
  });

  it("registers at checkout; the cart comes along; pays with VNPay on the sandbox bank page; both stalls get the order", async () => {
    await page.getByRole("link", { name: "Thanh toán" }).click();
    // Checkout is open to guests; she chooses to sign in, and registers from there.
    await page.getByText("Mua không cần tài khoản.").waitFor();
    await page.getByRole("main").getByRole("link", { name: "Đăng nhập", exact: true }).click();
    await page.waitForURL(/\/dang-nhap\?next=%2Fthanh-toan/);
    await page.getByRole("link", { name: "Đăng ký" }).click();
    await page.getByLabel("Họ và tên").fill("Lê Thị Hoa");
    await page.getByLabel("Email").fill("hoa.le@e2e.chophien.test");
    await page.getByLabel("Mật khẩu").fill(SHOPPER.password);
    await page.getByRole("button", { name: "Đăng ký" }).click();

    await page.getByRole("heading", { name: "Giao hàng đến đâu?" }).waitFor();
    expect(page.url()).toMatch(/\/thanh-toan$/);
    await page.getByLabel("Số điện thoại", { exact: true }).fill("0987 654 321");
    await page.getByLabel("Tỉnh, thành phố").selectOption("quang-tri");
    await page.getByLabel("Phường, xã").fill("Phường Đông Hà");
    await page.getByLabel("Số nhà, tên đường, thôn xóm").fill("24 Hùng Vương");
    // Her first address: kept in the address book once the order is placed (ticked by default).
    await expect(page.getByRole("checkbox", { name: /Lưu địa chỉ này/ }).isChecked()).resolves.toBe(true);
    await screenshot(page, "vi", "checkout");
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await page.getByRole("radio", { name: /VNPay/ }).check();
    await page.getByRole("button", { name: "Tiếp tục" }).click();

    // The cart survived registration: the review lists both stalls' parcels.
    await page.getByRole("region", { name: STALL }).getByText(`${PRODUCT} × 2`).waitFor();
    await page.getByRole("region", { name: HONEY_STALL }).getByText(`${HONEY} × 1`).waitFor();
    await screenshot(page, "vi", "checkout-review");
    await page.getByRole("button", { name: "Đặt hàng và thanh toán qua VNPay" }).click();

    // The (local) VNPay sandbox: card page, then OTP page, each a real form POST.
    await page.waitForURL(/\/vnpay-sandbox\//);
    await page.getByLabel("Ngân hàng").selectOption("NCB");
    await page.getByLabel("Số thẻ").fill("9704198526191432198");
    await page.getByLabel("Tên chủ thẻ (không dấu)").fill("NGUYEN VAN A");
    await page.getByLabel("Ngày phát hành (MM/YY)").fill("07/15");
    await Promise.all([
      page.waitForResponse(
        (r) => r.url().endsWith("/vnpay-sandbox/paymentv2/Transaction/card.html") && r.request().method() === "POST",
      ),
      page.getByRole("button", { name: "Tiếp tục" }).click(),
    ]);
    await page.getByLabel("Mã OTP").fill("123456");
    await page.getByRole("button", { name: "Xác nhận thanh toán" }).click();

    await page.waitForURL(/\/don-hang\/CP-[A-Z0-9-]+\/ket-qua/);
    orderUrl = page.url().replace(/\/ket-qua.*$/, "");
    // The result page polls the order until the IPN has marked it paid.
    const result = page.locator('[data-testid="payment-result"][data-status="paid"]');
    await result.waitFor({ timeout: 30_000 });
    await result.getByRole("heading", { name: "Thanh toán thành công" }).waitFor();
    await screenshot(page, "vi", "payment-result");

    await result.getByRole("link", { name: "Xem đơn hàng" }).click();
    await page.waitForURL(orderUrl);
    await page.getByText("VNPay · Đã thanh toán").waitFor();
    const parts = page.getByTestId("stall-order");
    await parts.nth(1).waitFor();
    await expect(parts.count()).resolves.toBe(2);
    for (const [stall, product] of [
      [STALL, PRODUCT],
      [HONEY_STALL, HONEY],
    ] as const) {
      const part = parts.filter({ has: page.getByRole("link", { name: stall }) });
      await part.getByText("Đã đặt", { exact: true }).first().waitFor();
      await part.getByRole("link", { name: product }).waitFor();
    }
    await screenshot(page, "vi", "order");
    await expect(page.getByRole("link", { name: "Giỏ hàng, 0 sản phẩm" }).isVisible()).resolves.toBe(true);
  });

  it("follows the parcel to the door, confirms receipt and reviews the coffee", async () => {
    const code = orderUrl.split("/").pop()!;
    await deliverStallOrder(server.url, market.sellerToken, code);
    await page.reload();
    const part = page.getByTestId("stall-order").filter({ has: page.getByRole("link", { name: STALL }) });
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
    await page.goto(`${orderUrl}/ket-qua`);
    await page
      .locator('[data-testid="payment-result"][data-status="paid"]')
      .getByRole("heading", { name: "Payment received" })
      .waitFor();
    await screenshot(page, "en", "payment-result");

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
    // Her second checkout: the address saved at the first is chosen already, nothing to retype.
    await page.getByRole("group", { name: "Choose a delivery address" }).waitFor();
    await page.getByRole("radio", { name: /24 Hùng Vương/, checked: true }).waitFor();
    await expect(page.getByLabel("Phone number", { exact: true }).count()).resolves.toBe(0);
    await screenshot(page, "en", "checkout");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("radio", { name: /Cash on delivery/ }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Place order", exact: true }).waitFor();
    await screenshot(page, "en", "checkout-review");
  });

  it("pays cash on delivery: straight to the order page, placed with the stall", async () => {
    await page.getByRole("region", { name: STALL }).getByText(`${PRODUCT} × 1`).waitFor();
    await page.getByRole("button", { name: "Place order", exact: true }).click();
    await page.waitForURL(/\/don-hang\/CP-[A-Z0-9-]+\?placed=1$/);
    expect(page.url()).not.toContain(orderUrl);
    await page.getByText(/Order placed!/).waitFor();
    await page.getByText("Cash on delivery (COD) · Not paid yet").waitFor();
    const part = page.getByTestId("stall-order");
    await part.getByText("Placed", { exact: true }).first().waitFor();
    await expect(part.count()).resolves.toBe(1);
    await part.getByRole("link", { name: STALL }).waitFor();
    await expect(page.getByRole("link", { name: "Cart, 0 items" }).isVisible()).resolves.toBe(true);
  });
});

describe("a shopper's account", () => {
  it("lists the orders, edits the profile and signs out", async () => {
    const context = await phoneContext(browser, server.url);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto("/dang-nhap?next=%2Fdon-hang");
    await page.getByLabel("Email").fill("hoa.le@e2e.chophien.test");
    await page.getByLabel("Mật khẩu").fill(SHOPPER.password);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.waitForURL("**/don-hang");
    const orders = page.getByRole("main").getByRole("link", { name: /^CP-\d{8}-/ });
    await orders.nth(1).waitFor();
    await expect(orders.count()).resolves.toBe(2);

    // A reload keeps the session: the access token is gone with the page, the refresh cookie brings it back.
    await page.goto("/tai-khoan");
    // The address typed at the first checkout is in her address book, as the default.
    await page.getByRole("list", { name: "Sổ địa chỉ" }).getByText("24 Hùng Vương, Phường Đông Hà, Quảng Trị").waitFor();
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

describe("a shopper on a desktop (1280×800)", () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    context = await desktopContext(browser, server.url);
    page = await context.newPage();
    errors = watchErrors(page);
  });
  afterAll(() => context.close());
  afterEach(() => expect(errors).toEqual([]));

  /** The main pages, in the language the page is in now; the shopper is signed in with something in the cart. */
  async function tour(lang: "vi" | "en", text: Record<"home" | "results" | "checkout" | "myOrders", RegExp | string>) {
    await page.goto("/");
    await page.getByRole("heading", { name: text.home }).waitFor();
    await screenshot(page, lang, "home", "desktop");

    await page.goto("/tim-kiem?q=ca+phe");
    await page.getByRole("heading", { name: text.results }).waitFor();
    await page.locator("article a").first().waitFor();
    await screenshot(page, lang, "search", "desktop");

    await page.goto(`/san-pham/${market.product.slug}`);
    await page.getByRole("heading", { level: 1, name: PRODUCT }).waitFor();
    await page.getByRole("img", { name: PRODUCT }).waitFor();
    await screenshot(page, lang, "product", "desktop");

    await page.goto("/gio-hang");
    await page.getByRole("region", { name: STALL }).waitFor();
    await page.getByRole("region", { name: HONEY_STALL }).waitFor();
    await screenshot(page, lang, "cart", "desktop");

    await page.goto("/thanh-toan");
    await page.getByRole("heading", { name: text.checkout }).waitFor();
    // The second checkout starts from her saved default address: nothing to retype.
    await page.getByRole("radio", { name: /24 Hùng Vương/, checked: true }).waitFor();
    await screenshot(page, lang, "checkout", "desktop");

    await page.goto(orderUrl);
    await page.getByTestId("stall-order").nth(1).waitFor();
    await page.getByRole("link", { name: text.myOrders }).first().waitFor();
    await screenshot(page, lang, "order", "desktop");
  }

  it("shows home, search, product, cart, checkout and an order laid out for a wide screen, in Vietnamese", async () => {
    expect(orderUrl).not.toBe("");
    await signIn(page, "/tai-khoan");
    for (const slug of [market.product.slug, honey.product.slug]) {
      await page.goto(`/san-pham/${slug}`);
      await page.getByRole("button", { name: /Thêm vào giỏ/ }).click();
      await page.getByText(/^Đã thêm 1 “/).waitFor();
    }
    await tour("vi", {
      home: "OCOP nổi bật",
      results: "Kết quả cho “ca phe”",
      checkout: "Giao hàng đến đâu?",
      myOrders: "Đơn hàng của tôi",
    });
  });

  it("and the same in English", async () => {
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("link", { name: "My orders" }).first().waitFor();
    await tour("en", {
      home: "Top OCOP picks",
      results: "Results for “ca phe”",
      checkout: "Where should we deliver?",
      myOrders: "My orders",
    });
  });
});

describe("page load times on a phone", () => {
  it("measures navigation start → load and → first contentful paint of the main pages, with a cold cache", async () => {
    expect(orderUrl).not.toBe("");
    const context = await phoneContext(browser, server.url);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, "/tai-khoan");
    // Every page below is loaded as a first visit would: nothing from the HTTP cache (cookies and storage stay).
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });

    const pages: [string, string][] = [
      ["home", "/"],
      ["search", "/tim-kiem?q=ca+phe"],
      ["product", `/san-pham/${market.product.slug}`],
      ["cart", "/gio-hang"],
      ["checkout", "/thanh-toan"],
      ["order", new URL(orderUrl).pathname],
    ];
    for (const [name, url] of pages) {
      const timing = await measureLoad(page, name, url);
      expect(timing.load).toBeGreaterThan(0);
      expect(timing.firstContentfulPaint).toBeGreaterThan(0);
      timings.push(timing);
      if (name === "home") {
        // The weight budget of a phone's first visit: the scripts as they travel (brotli or gzip, as served).
        expect(timing.scriptKB).toBeGreaterThan(0);
        expect(timing.scriptKB).toBeLessThanOrEqual(150);
        // Product pictures offer their widths, and only those marked as above the fold load eagerly.
        await page.waitForSelector("img[srcset]");
        const images = await page.$$eval("img[srcset]", (imgs) =>
          imgs.map((i) => ({
            loading: i.getAttribute("loading"),
            priority: i.getAttribute("fetchpriority"),
            srcset: i.getAttribute("srcset") ?? "",
          })),
        );
        expect(images.every((i) => /\s\d+w(,|$)/.test(i.srcset))).toBe(true);
        expect(images.every((i) => i.loading === "lazy" || i.priority === "high")).toBe(true);
        expect(images.some((i) => i.loading === "lazy")).toBe(true);
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
