import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../../../e2e/support/browser";
import { type Server, startServer } from "../../../e2e/support/server";
import { apiClient, login, registerShopper, type Call } from "./support/api";
import { consoleContext, signIn, watchErrors } from "./support/browser";
import { productPhotos, stallImages } from "./support/images";
import { DEMO_PASSWORD, type BusyStall, makeBusyStall } from "./support/market";
import { screenshot } from "./support/screens";

// The documentation's screenshots (docs/screenshots/console/), taken from a busy demo stall on the real API:
// `npm run screenshots -w @chophien/console`. Its own jest config, so the CI journey stays quick and leaves the
// repository untouched.
const suite = describe;

let server: Server;
let browser: Browser;
let call: Call;
let stall: BusyStall;

suite("console screenshots", () => {
  beforeAll(async () => {
    server = await startServer("console", { refuseStale: true });
    call = apiClient(server.url);
    stall = await makeBusyStall(server, call);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const lang of ["vi", "en"] as const) {
    describe(`in ${lang === "vi" ? "Vietnamese" : "English"}`, () => {
      let context: BrowserContext;
      let page: Page;
      let errors: string[];
      beforeAll(async () => {
        context = await consoleContext(browser, server.url, { lang });
        page = await context.newPage();
        errors = watchErrors(page);
        await signIn(page, stall.email, DEMO_PASSWORD);
      });
      afterAll(() => context.close());
      afterEach(() => expect(errors).toEqual([]));

      it("seller: dashboard, products, product editor (and one hidden by the market), orders, order detail, money, reviews", async () => {
        await page.goto("/console/seller");
        await page.locator(".recharts-bar-rectangle").first().waitFor();
        await screenshot(page, lang, "dashboard");

        await page.goto("/console/seller/products");
        await page.getByRole("table").waitFor();
        await page.getByRole("checkbox").nth(1).check();
        await screenshot(page, lang, "products");

        await page.goto(`/console/seller/products/${stall.products[0]!.id}`);
        await page.getByTestId("photo-tile").first().waitFor();
        await screenshot(page, lang, "product-editor");

        await page.goto(`/console/seller/products/${stall.hiddenProductId}`);
        await page.getByRole("region", { name: /Chợ đã ẩn sản phẩm này|Hidden by the market/ }).waitFor();
        await screenshot(page, lang, "product-hidden");

        await page.goto("/console/seller/orders");
        await page.getByRole("link", { name: /CP-/ }).first().waitFor();
        await screenshot(page, lang, "orders");

        await page.goto(`/console/seller/orders/${stall.placedOrderId}`);
        await page.getByRole("heading", { level: 1 }).waitFor();
        await screenshot(page, lang, "order-detail");

        await page.goto("/console/seller/money");
        await page.getByRole("row").nth(2).waitFor();
        await screenshot(page, lang, "money");

        await page.goto("/console/seller/reviews");
        await page.getByRole("article").first().waitFor();
        await screenshot(page, lang, "reviews");
      });

      it("a new user's stall application (last step, logo and banner previewed)", async () => {
        const applicant = await consoleContext(browser, server.url, { lang });
        const p = await applicant.newPage();
        const email = `thu.${lang}.${Date.now()}@e2e.chophien.test`;
        await registerShopper(call, email, "Phạm Minh Thư", "rung-ong-dakrong-7");
        await signIn(p, email, "rung-ong-dakrong-7");
        await p.getByLabel(/Tên gian hàng|Stall name/).fill("Mật ong rừng Đakrông Nhà Thư");
        await p.getByLabel(/Tỉnh\/thành phố|Province or city/).selectOption("quang-tri");
        await p.getByLabel(/Địa chỉ sản xuất|Production address/).fill("Thôn A Vao, xã Đakrông, Quảng Trị");
        await p.getByLabel(/Số điện thoại|Phone number/).fill("0987654321");
        await screenshot(p, lang, "stall-application");
        for (const fill of [
          async () => {
            await p
              .getByLabel(/Câu chuyện của bạn|Your story/)
              .fill("Mình cùng bà con Vân Kiều nuôi ong dưới tán rừng Đakrông, thu mật mỗi mùa hoa.");
            await p.getByLabel(/Năm sinh|year of birth/).fill("1999");
          },
          () => p.getByLabel(/Số đăng ký kinh doanh|Business registration number/).fill("32B8004567"),
        ]) {
          await p.getByRole("button", { name: /Tiếp tục|Continue/ }).click();
          await fill();
        }
        await p.getByRole("button", { name: /Tiếp tục|Continue/ }).click();
        const { logo, banner } = await stallImages();
        await p.getByLabel("Logo", { exact: true }).setInputFiles(logo);
        await p.getByLabel(/^(Ảnh bìa|Banner)$/).setInputFiles(banner);
        await screenshot(p, lang, "stall-application-photos");
        await applicant.close();
      });

      it("admin: the platform dashboard, the application queue, stalls, products (and hiding one), orders, refunds, payouts", async () => {
        const admin = await consoleContext(browser, server.url, { lang });
        const p = await admin.newPage();
        await signIn(p, server.admin.email, server.admin.password);
        await p.locator(".recharts-bar-rectangle").first().waitFor();
        await screenshot(p, lang, "admin-dashboard");
        await p.goto("/console/admin/applications");
        await p
          .getByRole("link", { name: /./ })
          .filter({ has: p.locator("strong") })
          .first()
          .click();
        await p.getByRole("article").waitFor();
        await screenshot(p, lang, "admin-queue");
        await p.goto("/console/admin/stalls");
        await p.getByRole("table").waitFor();
        await screenshot(p, lang, "admin-stalls");
        await p.goto(`/console/admin/products?stall=${stall.stallId}`);
        await p.getByRole("table").waitFor();
        await screenshot(p, lang, "admin-products");
        await p
          .getByRole("button", { name: /^(Ẩn|Hide) / })
          .first()
          .click();
        const hide = p.getByRole("dialog");
        await hide
          .getByLabel(/^(Lý do|Reason)$/)
          .fill(
            lang === "vi"
              ? "Sản phẩm ghi đạt OCOP 4 sao nhưng chưa có số giấy chứng nhận. Vui lòng bổ sung rồi báo lại cho chợ."
              : "The product claims 4 OCOP stars but gives no certificate number. Please add it, then tell the market.",
          );
        await screenshot(p, lang, "admin-hide-product");
        await hide.getByRole("button", { name: /^(Huỷ|Cancel)$/ }).click();
        await p.goto("/console/admin/orders");
        await p.getByRole("table").waitFor();
        await screenshot(p, lang, "admin-orders");
        await p.goto("/console/admin/refunds");
        // None has failed: the seeded history's refunds (in full and in part) are under "succeeded".
        await p.getByRole("button", { name: /^(Thành công|Succeeded)$/ }).click();
        await p
          .getByRole("table")
          .or(p.getByRole("heading", { level: 2 }))
          .first()
          .waitFor();
        await screenshot(p, lang, "admin-refunds");
        await p.goto("/console/admin/payouts");
        await p
          .getByRole("table")
          .or(p.getByRole("heading", { level: 2 }))
          .first()
          .waitFor();
        await screenshot(p, lang, "admin-payouts");
        await admin.close();
      });
    });
  }

  describe("on a phone", () => {
    for (const lang of ["vi", "en"] as const)
      it(`applicant (${lang}): a rejected application with the admin's reason and the way to fix it`, async () => {
        const email = `ty.${lang}.${Date.now()}@e2e.chophien.test`;
        const token = await registerShopper(call, email, "Hồ Văn Tý", "mat-khau-cua-ty");
        const { stall: applied } = await call<{ stall: { id: string } }>("/stalls", {
          method: "POST",
          token,
          body: {
            name: "Tiêu Cồn Tiên Nhà Tý",
            story: "Nhà mình trồng tiêu ở Cồn Tiên ba đời nay, giờ mình mang tiêu lên chợ mạng.",
            province: "quang-tri",
            address: "Thôn 2, xã Cồn Tiên, Quảng Trị",
            phone: "0912345678",
            businessType: "individual",
          },
        });
        const admin = await login(call, server.admin.email, server.admin.password);
        await call(`/admin/stalls/${applied.id}/reject`, {
          method: "POST",
          token: admin,
          body: { reason: "Vui lòng thêm logo và kể rõ hơn về hồ tiêu của bạn: giống tiêu, cách phơi, đóng gói." },
        });
        const context = await consoleContext(browser, server.url, { phone: true, lang });
        const page = await context.newPage();
        await signIn(page, email, "mat-khau-cua-ty");
        await page.getByRole("button", { name: /Sửa và gửi lại|Edit and send again/ }).waitFor();
        await screenshot(page, lang, "stall-rejected");
        await context.close();
      });

    for (const lang of ["vi", "en"] as const)
      it(`seller (${lang}): dashboard, orders, order detail, products, a product hidden by the market, product editor`, async () => {
        const context = await consoleContext(browser, server.url, { phone: true, lang });
        const page = await context.newPage();
        const errors = watchErrors(page);
        await signIn(page, stall.email, DEMO_PASSWORD);
        await page.locator(".recharts-bar-rectangle").first().waitFor();
        await screenshot(page, lang, "dashboard");
        await page.goto("/console/seller/orders");
        await page.getByRole("link", { name: /CP-/ }).first().waitFor();
        await screenshot(page, lang, "orders");
        await page.goto(`/console/seller/orders/${stall.placedOrderId}`);
        await page.getByRole("heading", { level: 1 }).waitFor();
        await screenshot(page, lang, "order-detail");
        await page.goto("/console/seller/products");
        await page.getByRole("table").waitFor();
        await screenshot(page, lang, "products");
        await page.goto(`/console/seller/products/${stall.hiddenProductId}`);
        await page.getByRole("region", { name: /Chợ đã ẩn sản phẩm này|Hidden by the market/ }).waitFor();
        await screenshot(page, lang, "product-hidden");
        await page.goto("/console/seller/products/new");
        await page.getByLabel(/Chọn ảnh|Choose photos/).setInputFiles(await productPhotos());
        await page.getByTestId("upload-tile").nth(1).waitFor();
        await screenshot(page, lang, "product-new");
        expect(errors).toEqual([]);
        await context.close();
      });

    for (const lang of ["vi", "en"] as const)
      it(`admin (${lang}): the products the market has hidden, as cards`, async () => {
        const context = await consoleContext(browser, server.url, { phone: true, lang });
        const page = await context.newPage();
        const errors = watchErrors(page);
        await signIn(page, server.admin.email, server.admin.password);
        await page.goto("/console/admin/products?hidden=true");
        await page.getByRole("table").waitFor();
        await screenshot(page, lang, "admin-products");
        expect(errors).toEqual([]);
        await context.close();
      });
  });
});
