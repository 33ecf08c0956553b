/**
 * recharts warns on every render that its container measures 0×0 — true of jsdom, which lays nothing out, and not
 * about the page. Call in a beforeEach of a test that renders a chart; other warnings still show.
 */
export function quietChartSizeWarnings(): void {
  const warn = console.warn.bind(console);
  jest.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("width(0) and height(0)")) warn(...args);
  });
}
