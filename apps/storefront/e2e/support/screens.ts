import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

const DIR = path.resolve(__dirname, "../../../../docs/screenshots/storefront");

/**
 * Saves what the screen shows now (one viewport, not the whole page) as docs/screenshots/storefront/<lang>-<name>.png
 * for a phone, or desktop-<lang>-<name>.png for a desktop, after images and fonts have settled.
 */
export async function screenshot(
  page: Page,
  lang: "vi" | "en",
  name: string,
  device: "phone" | "desktop" = "phone",
): Promise<void> {
  fs.mkdirSync(DIR, { recursive: true });
  await page.waitForLoadState("networkidle");
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      [...document.images].filter((i) => !i.complete && i.loading !== "lazy").map((i) => i.decode().catch(() => undefined)),
    );
  });
  await page.screenshot({ path: path.join(DIR, `${device === "desktop" ? "desktop-" : ""}${lang}-${name}.png`) });
}
