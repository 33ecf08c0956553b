import type { AuthResponse, LiveReport, LiveSession, SellerLiveSession, User } from "@chophien/contracts";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { expectAccessible } from "../../../e2e/support/axe";
import { launchBrowser } from "../../../e2e/support/browser";
import { apiCaller } from "../../../e2e/support/api";
import { smallPhoneContext } from "./support/browser";
import { type Server, startServer } from "../../../e2e/support/server";
import { seedCoffeeStall, type SeededMarket } from "./support/seed";

// A whole live session from a viewer's phone (360 px): the stall plans it and offers its coffee at a live price,
// an admin verifies the host, the stall goes live and pins A1; the viewer opens /live, then the session, sees the
// pinned offer large with what is left, buys it in one tap, and the page's count drops from the event stream;
// the stall ends the session and the report counts the order.

let server: Server;
let browser: Browser;
let market: SeededMarket;
let adminToken = "";
const VIEWER = { email: "xem.live@e2e.chophien.test", password: "bon-mua-ca-phe-9", fullName: "Phan Thị Thu" };

const call = apiCaller(() => server.url);

let session: LiveSession;
beforeAll(async () => {
  server = await startServer("storefront");
  market = await seedCoffeeStall(server.url, server.admin);
  browser = await launchBrowser();
  adminToken = (await call<AuthResponse>("/auth/login", { body: server.admin })).accessToken;
  await call<AuthResponse>("/auth/register", { body: VIEWER });
  const seller = market.sellerToken;
  session = (
    await call<{ session: LiveSession }>("/seller/live-sessions", {
      token: seller,
      body: {
        title: "Phiên chợ cà phê Khe Sanh",
        startsAt: new Date().toISOString(),
        endsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
        platform: "tiktok",
        streamUrl: "https://www.tiktok.com/@tacon.khesanh/live",
      },
    })
  ).session;
  await call("/seller/live-sessions/" + session.id + "/offers", {
    token: seller,
    body: { productId: market.product.id, livePrice: 149_000, quantity: 5, perBuyerLimit: 2 },
  });
  const owner = await call<{ user: User }>("/me", { token: seller });
  await call(`/admin/users/${owner.user.id}/verify-identity`, {
    token: adminToken,
    body: { documentType: "cccd", note: "Đã đối chiếu CCCD" },
  });
  const live = await call<SellerLiveSession>(`/seller/live-sessions/${session.id}/start`, { token: seller, body: {} });
  await call(`/seller/live-sessions/${session.id}/pin`, { token: seller, body: { offerId: live.offers[0]!.id } });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a viewer on a 360 px phone", () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await smallPhoneContext(browser, server.url);
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it("finds the session on /live", async () => {
    await page.goto("/live");
    await page.getByRole("heading", { name: "Phiên chợ cà phê Khe Sanh" }).waitFor();
    await expect(page.getByText("Đang live").first().isVisible()).resolves.toBe(true);
    await expectAccessible(page);
  });

  it("signs in and sees the pinned offer large, with its code, live price and what is left", async () => {
    await page.goto(`/dang-nhap?next=${encodeURIComponent(`/live/${session.slug}`)}`);
    await page.getByLabel("Email").fill(VIEWER.email);
    await page.getByLabel("Mật khẩu").fill(VIEWER.password);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.waitForURL((u) => u.pathname === `/live/${session.slug}`);
    await page.getByRole("heading", { name: "A1" }).waitFor();
    await expect(page.getByTestId("pinned-remaining").textContent()).resolves.toBe("Còn 5 suất");
    await expect(page.getByRole("link", { name: "Xem live trên TikTok" }).getAttribute("href")).resolves.toBe(
      "https://www.tiktok.com/@tacon.khesanh/live",
    );
    // Nothing overflows the 360 px screen.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await expectAccessible(page);
  });

  it("gives an address once, then buys in one tap at the live price; the count drops live", async () => {
    await page.getByLabel("Số điện thoại", { exact: true }).fill("0987 654 321");
    await page.getByLabel("Tỉnh, thành phố").selectOption("quang-tri");
    await page.getByLabel("Phường, xã").fill("Phường Đông Hà");
    await page.getByLabel("Số nhà, tên đường, thôn xóm").fill("24 Hùng Vương");
    await page.getByRole("button", { name: "Lưu địa chỉ giao hàng" }).click();
    await expectAccessible(page);

    // Another viewer buys meanwhile (through the API): the event stream lowers the count on this phone.
    const other = await call<AuthResponse>("/auth/register", {
      body: { email: "nguoi.khac@e2e.chophien.test", password: "tra-atiso-dong-ha-4", fullName: "Lê Văn Khác" },
    });
    const res = await fetch(`${server.url}/api/live-sessions/${session.slug}/orders`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${other.accessToken}`,
        "Idempotency-Key": "e2e-live-other",
      },
      body: JSON.stringify({
        code: "A1",
        quantity: 2,
        paymentMethod: "cod",
        shippingAddress: {
          fullName: "Lê Văn Khác",
          phone: "0912345678",
          province: "quang-tri",
          ward: "Phường Đông Hà",
          street: "1 Lê Lợi",
        },
      }),
    });
    expect(res.status).toBe(201);
    await page.getByTestId("pinned-remaining").filter({ hasText: "Còn 3 suất" }).waitFor({ timeout: 5000 });

    await page.getByRole("button", { name: /Mua 1 A1 · 149\.000/ }).click();
    await page.waitForURL(/\/don-hang\/CP-/);
    await page.getByText("149.000").first().waitFor();
    await expectAccessible(page);
  });
});

it("the stall ends the session: unsold units go back and the report counts what was sold", async () => {
  await call(`/seller/live-sessions/${session.id}/end`, { token: market.sellerToken, body: {} });
  const report = await call<LiveReport>(`/seller/live-sessions/${session.id}/report`, { token: market.sellerToken });
  expect(report.orders.placed).toBe(2);
  expect(report.units).toEqual({ held: 5, sold: 3 });
  expect(report.revenue).toBe(3 * 149_000);
  const product = await call<{ product: { stock: number } }>(`/seller/products/${market.product.id}`, {
    token: market.sellerToken,
  });
  expect(product.product.stock).toBe(40 - 3);
});
