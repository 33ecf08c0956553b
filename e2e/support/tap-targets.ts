import type { Page } from "playwright-core";

/** The smallest tap target we accept, in CSS pixels, both ways (WCAG 2.5.5, Apple's and Google's guidance). */
export const MIN_TARGET = 44;

/**
 * Fails on any control on the page a finger cannot reliably hit: smaller than 44 × 44 CSS px.
 *
 * The rule, precisely:
 * - **Controls**: `a[href]`, `button`, `input` (not hidden), `select`, `textarea`, `summary`, and elements with
 *   role `button`, `link`, `checkbox`, `radio`, `switch`, `tab` or `menuitem`. Disabled controls are left out (they
 *   take no tap), and so is anything not rendered: `display: none`, `visibility: hidden`, inside `[inert]` or a
 *   closed `<details>`, or clipped to at most 1 × 1 px (`.visually-hidden`, e.g. a skip link until it is focused).
 * - **Where**: every control whose box lies within the page's width (the phone's viewport, scrolled top to bottom),
 *   so a control further down counts as much as one above the fold.
 * - **Its target**: any one of these boxes reaching 44 px both ways: the control's own bounding box; the box of its
 *   label (`<label for>` or a wrapping label — tapping it works the same); the box of a stretched `::after` or
 *   `::before` (`position: absolute` with insets: a card whose whole surface is the link).
 * - **Exempt, as WCAG 2.5.8 allows for inline targets**: a link displayed inline inside running text (its nearest
 *   block ancestor holds more text than the link itself), whose size is set by the line of text around it.
 *
 * The failure lists each offender with its size, so one run names everything to fix.
 */
export async function expectTapTargets(page: Page): Promise<void> {
  const small = await page.evaluate((min) => {
    const SELECTOR = [
      "a[href]",
      "button",
      "input:not([type=hidden])",
      "select",
      "textarea",
      "summary",
      ...["button", "link", "checkbox", "radio", "switch", "tab", "menuitem"].map((r) => `[role=${r}]`),
    ].join(",");
    const width = document.documentElement.clientWidth;
    const rendered = (el: Element): boolean => {
      if (el.closest("[inert]")) return false;
      const closed = el.closest("details:not([open])");
      // Only a closed <details>' own summary is shown.
      if (closed && !(el.tagName === "SUMMARY" && el.parentElement === closed)) return false;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none") return false;
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1;
    };
    const blockOf = (el: Element): Element => {
      let p = el.parentElement;
      while (p && getComputedStyle(p).display.startsWith("inline")) p = p.parentElement;
      return p ?? document.body;
    };
    const inlineInText = (el: Element): boolean => {
      if (el.tagName !== "A" || getComputedStyle(el).display !== "inline") return false;
      const own = (el.textContent ?? "").trim().length;
      const around = (blockOf(el).textContent ?? "").replace(/\s+/g, " ").trim().length;
      return around > own;
    };
    /**
     * A stretched link or button (`::after { position: absolute; inset: … }`): what takes the tap is the pseudo
     * element, laid over its positioned ancestor — the whole card — not the text's own box.
     */
    const stretched = (el: Element): DOMRect[] => {
      const out: DOMRect[] = [];
      for (const pseudo of ["::after", "::before"]) {
        const ps = getComputedStyle(el, pseudo);
        if (ps.content === "none" || ps.content === "normal" || (ps.position !== "absolute" && ps.position !== "fixed")) continue;
        let cb = el.parentElement;
        while (cb && ps.position === "absolute" && getComputedStyle(cb).position === "static") cb = cb.parentElement;
        const base = ps.position === "fixed" || !cb ? new DOMRect(0, 0, innerWidth, innerHeight) : cb.getBoundingClientRect();
        const px = (v: string) => (v.endsWith("px") ? parseFloat(v) : NaN);
        const [top, right, bottom, left] = [px(ps.top), px(ps.right), px(ps.bottom), px(ps.left)];
        const w = !isNaN(left) && !isNaN(right) ? base.width - left - right : parseFloat(ps.width);
        const h = !isNaN(top) && !isNaN(bottom) ? base.height - top - bottom : parseFloat(ps.height);
        if (w > 0 && h > 0) out.push(new DOMRect(base.left + (left || 0), base.top + (top || 0), w, h));
      }
      return out;
    };
    const labelsOf = (el: Element): Element[] => {
      const labels = (el as HTMLInputElement).labels;
      return labels ? [...labels] : [];
    };
    const describe = (el: Element) => {
      const name =
        el.getAttribute("aria-label") ||
        (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40) ||
        el.getAttribute("name") ||
        el.getAttribute("type") ||
        "";
      const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
      return `<${el.tagName.toLowerCase()}${cls}> “${name}”`;
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll(SELECTOR)) {
      if ((el as HTMLButtonElement).disabled || el.getAttribute("aria-disabled") === "true") continue;
      if (!rendered(el) || inlineInText(el)) continue;
      const own = el.getBoundingClientRect();
      if (own.right <= 0 || own.left >= width) continue;
      const boxes = [
        own,
        ...stretched(el),
        ...labelsOf(el)
          .filter(rendered)
          .map((l) => l.getBoundingClientRect()),
      ];
      // Half a pixel of rounding (fractional layouts) is not a smaller target.
      if (boxes.some((b) => b.width >= min - 0.5 && b.height >= min - 0.5)) continue;
      const best = boxes.reduce((a, b) => (Math.min(b.width, b.height) > Math.min(a.width, a.height) ? b : a));
      out.push(`${describe(el)} ${Math.round(best.width)}×${Math.round(best.height)}`);
    }
    return [...new Set(out)];
  }, MIN_TARGET);
  const path = new URL(page.url()).pathname;
  expect({ page: path, smallTargets: small }).toEqual({ page: path, smallTargets: [] });
}
