import { formatVnd, type Order } from "@chophien/contracts";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../../../e2e/support/browser";
import { type Server, startServer } from "../../../e2e/support/server";
import { apiClient, checkoutCod, receive, registerShopper, searchProducts, type Call } from "./support/api";
import { consoleContext, signIn, watchErrors } from "./support/browser";
import { productPhotos, stallImages } from "./support/images";

// One story, start to finish, through the real API and the built console: a young founder applies for a stall
// on her phone, an admin approves it on a laptop, she lists a product with two photos, a shopper buys it, she
// confirms, ships and delivers it, the buyer confirms receipt, and the sale is in her ledger. Then the admin
// hides the product with a reason (shoppers lose it, she reads why), she asks for another look, and it is shown again.

let server: Server;
let browser: Browser;
let call: Call;
const run = Date.now().toString(36).slice(-5);
const seller = { email: `mai.${run}@e2e.chophien.test`, password: "bi-mat-vuon-que-7", name: "Lê Thị Mai" };
const STALL = `Cà phê Hướng Lập Nhà Mai ${run}`;
const PRODUCT = `Cà phê Arabica Hướng Lập rang mộc ${run}`;
const HIDE_REASON = "Ảnh bìa có số điện thoại riêng, mời khách mua ngoài chợ. Vui lòng thay ảnh khác.";

beforeAll(async () => {
  server = await startServer("console", { refuseStale: true });
  call = apiClient(server.url);
  browser = await launchBrowser();
  await registerShopper(call, seller.email, seller.name, seller.password);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The toast region's text, once it has announced `text`. */
const toast = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text }).first().waitFor();

describe("from stall application to the first sale in the ledger", () => {
  let phone: BrowserContext;
  let laptop: BrowserContext;
  let sellerPage: Page;
  let adminPage: Page;
  let errors: string[];
  let productId = "";
  let productSlug = "";
  let order: Order;

  beforeAll(async () => {
    phone = await consoleContext(browser, server.url, { phone: true });
    laptop = await consoleContext(browser, server.url);
    sellerPage = await phone.newPage();
    adminPage = await laptop.newPage();
    errors = [...watchErrors(sellerPage), ...watchErrors(adminPage)];
  });
  afterAll(async () => {
    await phone?.close();
    await laptop?.close();
  });
  afterEach(() => expect(errors).toEqual([]));

  it("a new user applies for a stall in four short steps on her phone, with a logo and a banner", async () => {
    const page = sellerPage;
    await signIn(page, seller.email, seller.password);
    await page.getByRole("heading", { name: "Mở gian hàng của bạn" }).waitFor();

    // A step is checked before going on: nothing filled, nothing passes.
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await page.getByText("Cần ít nhất 3 ký tự").first().waitFor();

    await page.getByLabel("Tên gian hàng").fill(STALL);
    await page.getByLabel("Tỉnh/thành phố").selectOption("quang-tri");
    await page.getByLabel("Địa chỉ sản xuất").fill("Thôn Cồn, xã Hướng Lập, Quảng Trị");
    await page.getByLabel("Số điện thoại").fill("0912345678");
    await page.getByRole("button", { name: "Tiếp tục" }).click();

    await page
      .getByLabel("Câu chuyện của bạn")
      .fill("Mình là Mai, học nông nghiệp ở Huế rồi về Hướng Lập trồng cà phê Arabica cùng bố mẹ.");
    await page.getByLabel("Năm sinh người sáng lập").fill("2001");
    await page.getByRole("button", { name: "Tiếp tục" }).click();

    await page.getByRole("radio", { name: /Hộ kinh doanh/ }).check();
    await page.getByLabel("Số đăng ký kinh doanh").fill("32A8001234");
    await page.getByRole("button", { name: "Tiếp tục" }).click();

    const { logo, banner } = await stallImages();
    await page.getByLabel("Logo", { exact: true }).setInputFiles(logo);
    await page.getByLabel("Ảnh bìa", { exact: true }).setInputFiles(banner);
    await page.getByRole("img", { name: "Xem trước Logo" }).waitFor();
    await page.getByRole("button", { name: "Gửi đăng ký" }).click();

    await page.getByText("Đang chờ duyệt").first().waitFor();
    await page.getByRole("heading", { name: STALL }).waitFor();
  });

  it("the admin finds it in the queue with the founder's details and images, and approves it", async () => {
    const page = adminPage;
    await signIn(page, server.admin.email, server.admin.password);
    await page.getByRole("heading", { name: "Tổng quan chợ" }).waitFor();
    await page
      .getByRole("navigation", { name: "Khu vực làm việc" })
      .getByRole("link", { name: /Duyệt đơn/ })
      .click();
    await page.getByRole("link", { name: new RegExp(STALL) }).click();

    const detail = page.getByRole("article");
    await detail.getByRole("heading", { name: STALL }).waitFor();
    await detail.getByText("2001 (").waitFor();
    await detail.getByText("32A8001234").waitFor();
    await detail.getByText(/học nông nghiệp ở Huế/).waitFor();
    await detail.getByRole("img", { name: `Logo của ${STALL}` }).waitFor();
    await detail.getByRole("img", { name: `Ảnh bìa của ${STALL}` }).waitFor();

    await detail.getByRole("button", { name: "Duyệt" }).click();
    // Approving asks once more, with an optional word to the applicant (it goes into the approval mail).
    const confirm = page.getByRole("dialog", { name: `Duyệt gian hàng ${STALL}?` });
    await confirm.getByLabel("Lời nhắn cho người đăng ký (không bắt buộc)").fill("Chào mừng bạn đến với Chợ Phiên!");
    await confirm.getByRole("button", { name: "Duyệt" }).click();
    await toast(page, `Đã duyệt ${STALL}`);
    await page.waitForURL("**/console/admin/applications");
  });

  it("the seller adds a product with two photos (saved as a draft), reorders them, and publishes it from the table", async () => {
    const page = sellerPage;
    await page.goto("/console/");
    await page.getByRole("heading", { name: "Tổng quan" }).waitFor();
    await page.getByRole("navigation", { name: "Khu vực làm việc" }).getByRole("link", { name: "Sản phẩm" }).click();
    await page.getByRole("heading", { name: "Bạn chưa có sản phẩm nào" }).waitFor();
    await page.getByRole("link", { name: "Thêm sản phẩm" }).first().click();

    await page.getByLabel("Tên sản phẩm").fill(PRODUCT);
    await page.getByLabel("Danh mục").selectOption({ label: "Cà phê" });
    await page
      .getByLabel("Mô tả")
      .fill("Arabica trồng dưới tán rừng Hướng Lập, rang mộc theo mẻ nhỏ.\n\n- Gói 500g\n- Rang trong tuần");
    await page.getByLabel("Giá bán (₫)").fill("185.000");
    await page.getByLabel("Đơn vị bán").fill("gói 500g");
    await page.getByLabel("Số lượng trong kho").fill("30");
    await page.getByLabel(/Chọn ảnh/).setInputFiles(await productPhotos());
    await page.getByText("Chờ lưu sản phẩm").first().waitFor();
    await page.getByRole("radio", { name: /Nháp/ }).check();
    await page.getByRole("button", { name: "Lưu sản phẩm" }).click();

    await page.waitForURL(/\/console\/seller\/products\/[0-9a-f-]{36}$/);
    productId = page.url().split("/").pop()!;
    await page.getByTestId("photo-tile").nth(1).waitFor();
    const firstBefore = await page.getByTestId("photo-tile").first().getByRole("img").getAttribute("src");
    const reordered = page.waitForResponse(
      (r) => r.url().endsWith(`/seller/products/${productId}/images`) && r.request().method() === "PATCH",
    );
    await page.getByRole("button", { name: "Đưa Ảnh 2 lên trước" }).click();
    expect((await reordered).status()).toBe(200);
    expect(await page.getByTestId("photo-tile").nth(1).getByRole("img").getAttribute("src")).toBe(firstBefore);

    await page.getByRole("link", { name: "Sản phẩm" }).first().click();
    const row = page.getByRole("row").filter({ hasText: PRODUCT });
    await row.getByText("Nháp").waitFor();
    await row.getByRole("checkbox", { name: `Chọn ${PRODUCT}` }).check();
    await page.getByRole("button", { name: "Đăng bán" }).click();
    await toast(page, "Đã đăng bán 1 sản phẩm");
    await row.getByText("Đang bán").waitFor();
  });

  it("shoppers find it on the storefront API, and one orders two bags, cash on delivery", async () => {
    const found = await searchProducts(call, PRODUCT);
    expect(found.items[0]).toMatchObject({
      id: productId,
      name: PRODUCT,
      price: 185000,
      ocopStars: null,
      stall: { name: STALL },
    });
    expect(found.items[0]!.thumbnail).not.toBeNull();
    productSlug = found.items[0]!.slug;

    const buyer = await registerShopper(call, `lan.${run}@e2e.chophien.test`, "Nguyễn Thị Lan");
    order = await checkoutCod(call, buyer, [{ productId, quantity: 2 }], { note: "Gọi trước khi giao giúp em" });
    expect(order.stallOrders).toHaveLength(1);
    expect(order.stallOrders[0]!.actions).not.toContain("confirm"); // the buyer's view: confirming is the seller's
    // Kept for the last step: the buyer confirms receipt with the same account.
    buyerToken = buyer;
  });

  let buyerToken = "";

  it("the seller sees it in the inbox, confirms, ships with a tracking number and marks it delivered", async () => {
    const page = sellerPage;
    await page
      .getByRole("navigation", { name: "Khu vực làm việc" })
      .getByRole("link", { name: /Đơn hàng/ })
      .click();
    await page.getByRole("button", { name: /Cần xác nhận\s*1/ }).click();
    await page.getByRole("link", { name: new RegExp(order.code) }).click();
    await page.getByRole("heading", { name: `Đơn ${order.code}` }).waitFor();
    await page.getByText("Gọi trước khi giao giúp em").waitFor();

    await page.getByRole("button", { name: "Xác nhận đơn" }).click();
    await toast(page, "Đã xác nhận đơn");

    await page.getByRole("button", { name: "Gửi hàng" }).click();
    const ship = page.getByRole("dialog", { name: `Gửi hàng đơn ${order.code}` });
    await ship.getByLabel("Đơn vị vận chuyển").selectOption("GHN");
    await ship.getByLabel("Mã vận đơn").fill("GHNHL2026001");
    await ship.getByRole("button", { name: "Gửi hàng" }).click();
    await toast(page, "Đã ghi nhận gửi hàng");
    await page.getByText("GHNHL2026001").first().waitFor();

    await page.getByRole("button", { name: "Đã giao hàng" }).click();
    await page
      .getByRole("dialog", { name: `Xác nhận đã giao đơn ${order.code}?` })
      .getByRole("button", { name: "Đã giao hàng" })
      .click();
    await toast(page, "Đã ghi nhận giao hàng");
    // Delivered: nothing left for the seller to do, and cash on delivery is now paid.
    await page.getByText("Tiền mặt khi nhận · đã trả").waitFor();
    expect(await page.getByRole("button", { name: /Gửi hàng|Đã giao hàng|Huỷ đơn|Xác nhận đơn/ }).count()).toBe(0);
  });

  it("after the buyer confirms receipt, the ledger shows the sale, the cash the stall collected, the market's fee and the balance", async () => {
    await receive(call, buyerToken, order.code);
    const { order: done } = await call<{ order: Order }>(`/orders/${order.code}`, { token: buyerToken });
    const part = done.stallOrders[0]!;
    expect(part.status).toBe("completed");

    const page = sellerPage;
    await page.getByRole("navigation", { name: "Khu vực làm việc" }).getByRole("link", { name: "Tiền" }).click();
    const sale = page.getByRole("row").filter({ hasText: "Bán hàng" }).filter({ hasText: order.code });
    await sale.waitFor();
    await expect(sale.textContent()).resolves.toContain(`+${formatVnd(part.subtotal + part.shippingFee)}`);
    // Cash on delivery: the stall's own carrier collected the cash, so it comes back out and only the fee is owed.
    const cash = page.getByRole("row").filter({ hasText: "Tiền mặt bạn đã thu (COD)" }).filter({ hasText: order.code });
    await expect(cash.textContent()).resolves.toContain(`−${formatVnd(part.subtotal + part.shippingFee)}`);
    const fee = page.getByRole("row").filter({ hasText: "Phí sàn" }).filter({ hasText: order.code });
    await expect(fee.textContent()).resolves.toContain(`−${formatVnd(part.commission)}`);
    await page.getByText(formatVnd(-part.commission)).first().waitFor();
  });

  it("the admin hides the product with a reason: shoppers lose it, the seller reads why; then the admin shows it again", async () => {
    const page = adminPage;
    const storefront = () => fetch(`${server.url}/api/products/${encodeURIComponent(productSlug)}`).then((r) => r.status);
    expect(await storefront()).toBe(200);

    await page.getByRole("navigation", { name: "Khu vực làm việc" }).getByRole("link", { name: "Sản phẩm" }).click();
    await page.getByRole("heading", { name: "Sản phẩm", level: 1 }).waitFor();
    await page.getByRole("searchbox", { name: "Tìm theo tên" }).fill(PRODUCT);
    const row = page.getByRole("row").filter({ hasText: PRODUCT });
    await row.getByText("Đang hiển thị").waitFor();
    await row.getByRole("link", { name: STALL }).waitFor();

    // No reason, no hiding: the seller must be told why.
    await row.getByRole("button", { name: `Ẩn ${PRODUCT}` }).click();
    const dialog = page.getByRole("dialog", { name: `Ẩn “${PRODUCT}” khỏi chợ?` });
    await dialog.getByRole("button", { name: "Ẩn sản phẩm" }).click();
    await dialog.getByText("Cần ít nhất 5 ký tự").waitFor();
    await dialog.getByLabel("Lý do", { exact: true }).fill(HIDE_REASON);
    await dialog.getByRole("button", { name: "Ẩn sản phẩm" }).click();
    await toast(page, `Đã ẩn ${PRODUCT}`);
    await row.getByText("Đã ẩn", { exact: true }).waitFor();
    await row.getByText(HIDE_REASON).waitFor();
    await row.getByText(/^Bởi .+ · \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/).waitFor();

    // Shoppers: no product page, not in search.
    expect(await storefront()).toBe(404);
    expect((await searchProducts(call, PRODUCT)).items.map((p) => p.id)).not.toContain(productId);

    // The seller still has it, marked, with the admins' words above the editor. (A fresh load: her list from a
    // few seconds ago is still within the console's 15 s of freshness.)
    const phonePage = sellerPage;
    await phonePage.goto("/console/seller/products");
    const sellerRow = phonePage.getByRole("row").filter({ hasText: PRODUCT });
    await sellerRow.getByText("Bị chợ ẩn").waitFor();
    await sellerRow.getByRole("link", { name: PRODUCT, exact: true }).click();
    const notice = phonePage.getByRole("region", { name: "Chợ đã ẩn sản phẩm này" });
    await notice.getByText(HIDE_REASON).waitFor();
    // She fixes it (say) and asks the admins to look again, with a note.
    await notice.getByRole("button", { name: "Tôi đã sửa xong — nhờ chợ xem lại" }).click();
    await notice.getByLabel(/Bạn đã sửa gì/).fill("Đã thay ảnh chụp thật");
    await notice.getByRole("button", { name: "Gửi yêu cầu" }).click();
    await notice.getByText(/^Đã nhờ chợ xem lại lúc/).waitFor();

    // The admin finds it among the requests, with her note, and shows it again after a confirmation.
    await page.getByRole("searchbox", { name: "Tìm theo tên" }).fill("");
    await page.getByLabel("Ẩn / hiện").selectOption({ label: "Người bán xin xem lại" });
    await row.getByText(/Đã thay ảnh chụp thật/).waitFor();
    await row.getByRole("button", { name: `Hiện lại ${PRODUCT}` }).click();
    await page
      .getByRole("dialog", { name: `Hiện lại “${PRODUCT}”?` })
      .getByRole("button", { name: "Hiện lại" })
      .click();
    await toast(page, `Đã hiện lại ${PRODUCT}`);
    await row.waitFor({ state: "detached" }); // no longer waiting for a look
    await page.getByLabel("Ẩn / hiện").selectOption({ label: "Không bị ẩn" });
    await page.getByRole("searchbox", { name: "Tìm theo tên" }).fill(PRODUCT);
    await row.getByText("Đang hiển thị").waitFor();
    expect(await storefront()).toBe(200);

    await phonePage.reload();
    await phonePage.getByRole("form", { name: "Thông tin sản phẩm" }).waitFor();
    expect(await notice.count()).toBe(0);
  });
});
