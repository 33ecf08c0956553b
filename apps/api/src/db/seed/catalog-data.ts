import type { ProductLine } from "./catalog-types";
import { CRAFT_AND_GIFT_LINES } from "./lines-crafts";
import { DRINK_AND_SPICE_LINES } from "./lines-drinks-spices";
import { STAPLE_LINES } from "./lines-staples";

/** Every product line, by key. */
export const PRODUCT_LINES: ReadonlyMap<string, ProductLine> = new Map(
  [...DRINK_AND_SPICE_LINES, ...STAPLE_LINES, ...CRAFT_AND_GIFT_LINES].map((line) => [line.key, line]),
);

/** The line with this key; a typo in the data fails loudly at seed time rather than silently seeding less. */
export function productLine(key: string): ProductLine {
  const line = PRODUCT_LINES.get(key);
  if (!line) throw new Error(`Unknown product line "${key}"`);
  return line;
}
