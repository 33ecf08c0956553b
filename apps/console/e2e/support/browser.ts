import type { Browser, BrowserContext, Page } from "playwright-core";

/** A laptop (1280×800) or a phone (390×844, touch), Vietnam's time zone, the console's language preset. */
export async function consoleContext(
  browser: Browser,
  baseURL: string,
  { phone = false, lang = "vi" }: { phone?: boolean; lang?: "vi" | "en" } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    deviceScaleFactor: phone ? 2 : 1,
    isMobile: phone,
    hasTouch: phone,
    locale: lang === "vi" ? "vi-VN" : "en-GB",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  await context.addInitScript((l) => localStorage.setItem("lang", l), lang);
  return context;
}

/** Collects script errors in the page (a broken chunk, an unhandled rejection), so a test can fail on them. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/** Signs in through the console's own form and waits to land in the person's area. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/console/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/Mật khẩu|Password/).fill(password);
  await page.getByRole("button", { name: /^(Đăng nhập|Sign in)$/ }).click();
  await page.waitForURL((u) => !u.pathname.endsWith("/login"));
}
