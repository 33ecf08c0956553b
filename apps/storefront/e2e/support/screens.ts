import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

const DIR = path.resolve(__dirname, "../../../../docs/screenshots/storefront");

/**
 * Saves what a phone shows now (one 390×844 screen, not the whole page) as docs/screenshots/storefront/<lang>-<name>.png,
 * after images and fonts have settled.
 */
export async function screenshot(page: Page, lang: "vi" | "en", name: string): Promise<void> {
  fs.mkdirSync(DIR, { recursive: true });
  await page.waitForLoadState("networkidle");
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      [...document.images].filter((i) => !i.complete && i.loading !== "lazy").map((i) => i.decode().catch(() => undefined)),
    );
  });
  await page.screenshot({ path: path.join(DIR, `${lang}-${name}.png`) });
}
