import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

const OUT = path.resolve(__dirname, "../../../../var/e2e/storefront-timings.json");

/** One full page load, in milliseconds from navigation start. */
export interface PageTiming {
  page: string;
  path: string;
  /** First byte of the HTML document. */
  ttfb: number;
  domContentLoaded: number;
  load: number;
  firstContentfulPaint: number;
  /** Bytes over the wire for the document and every resource fetched up to `load`. */
  transferredKB: number;
  /** Of those, the scripts' bytes over the wire (compressed as served), in KB. */
  scriptKB: number;
}

/**
 * Loads `url` as a fresh navigation and reads the browser's own clocks: the Navigation Timing entry (→ `load`)
 * and the Paint Timing entry (→ first contentful paint). Waits for both entries rather than for time to pass.
 */
export async function measureLoad(page: Page, name: string, url: string): Promise<PageTiming> {
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(
    () =>
      performance.getEntriesByName("first-contentful-paint", "paint").length > 0 &&
      ((performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0) > 0,
  );
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName("first-contentful-paint", "paint")[0]!;
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    const loaded = resources.filter((r) => r.responseEnd <= nav.loadEventEnd);
    const bytes = nav.transferSize + loaded.reduce((n, r) => n + r.transferSize, 0);
    const scriptBytes = loaded
      .filter((r) => r.initiatorType === "script" || /\.m?js(\?|$)/.test(new URL(r.name).pathname))
      .reduce((n, r) => n + r.transferSize, 0);
    return {
      ttfb: nav.responseStart,
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      firstContentfulPaint: fcp.startTime,
      bytes,
      scriptBytes,
    };
  });
  const ms = (n: number) => Math.round(n);
  return {
    page: name,
    path: new URL(page.url()).pathname,
    ttfb: ms(t.ttfb),
    domContentLoaded: ms(t.domContentLoaded),
    load: ms(t.load),
    firstContentfulPaint: ms(t.firstContentfulPaint),
    transferredKB: Math.round(t.bytes / 102.4) / 10,
    scriptKB: Math.round(t.scriptBytes / 102.4) / 10,
  };
}

/** Writes the timings to var/e2e/storefront-timings.json and returns them as a fixed-width table. */
export function reportTimings(timings: readonly PageTiming[], conditions: string): string {
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(
    OUT,
    JSON.stringify({ measuredAt: new Date().toISOString(), conditions, unit: "ms", pages: timings }, null, 2) + "\n",
  );
  const head = ["page", "path", "TTFB", "DCL", "load", "FCP", "KB", "JS KB"];
  const rows = timings.map((t) => [
    t.page,
    t.path,
    String(t.ttfb),
    String(t.domContentLoaded),
    String(t.load),
    String(t.firstContentfulPaint),
    String(t.transferredKB),
    String(t.scriptKB),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    `Storefront page loads (${conditions}), ms from navigation start — ${path.relative(process.cwd(), OUT)}`,
    line(head),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
  ].join("\n");
}
