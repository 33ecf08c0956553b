import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation, naming the rule, the page and
 * the first offending elements. Every browser test calls it on every page it visits (after the page's content is
 * there). axe is injected through the debugging protocol, so the page's CSP (`script-src 'self'`) is untouched.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.html.slice(0, 160)).join(" | ")}`);
  expect({ page: new URL(page.url()).pathname, serious }).toEqual({ page: new URL(page.url()).pathname, serious: [] });
}
