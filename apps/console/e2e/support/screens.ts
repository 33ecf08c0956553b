import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "../../../../e2e/support/server";

const DIR = path.join(ROOT, "docs/screenshots/console");

/**
 * Saves what the screen shows now (the viewport, not the whole page) as
 * docs/screenshots/console/<lang>-<desktop|phone>-<name>.png, once images have loaded and requests settled.
 */
export async function screenshot(page: Page, lang: "vi" | "en", name: string): Promise<void> {
  fs.mkdirSync(DIR, { recursive: true });
  await page.waitForLoadState("networkidle");
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].filter((i) => !i.complete).map((i) => i.decode().catch(() => undefined)));
  });
  // Toasts fade after 4 s; a screenshot should show the page, not the last confirmation.
  await page.evaluate(() => document.querySelectorAll('[role="status"][aria-live="polite"] > div').forEach((t) => t.remove()));
  // No hover tooltip from the last click (a chart's) in the picture.
  await page.mouse.move(0, 0);
  const size = (page.viewportSize()?.width ?? 1280) < 600 ? "phone" : "desktop";
  await page.screenshot({ path: path.join(DIR, `${lang}-${size}-${name}.png`) });
}
