/** A product name pattern; `{place}` becomes the stall's place. `in` limits it to the provinces where it is a real speciality. */
export type NamePattern = string | { text: string; in: readonly string[] };

/** One way a product is sold: the size appended to its name, the unit shoppers read, shipping weight, price range. */
export interface Pack {
  /** Appended to the product name ("500g"); empty when the name says enough. */
  size: string;
  unit: string;
  /** grams, packaging included */
  grams: number;
  /** đồng, [min, max]; the seed picks a price in between, rounded to 1,000 */
  price: readonly [number, number];
}

/** A kind of product a stall of some line sells. */
export interface ProductTemplate {
  /** Leaf category slug (see categories.ts). */
  category: string;
  names: readonly NamePattern[];
  packs: readonly Pack[];
  /** Opening sentences of the description; `{place}` allowed. */
  about: readonly string[];
  /** Bullet points, a few of which go into some descriptions as a Markdown list. */
  points: readonly string[];
}

/** What a stall is about ("cà phê", "nước mắm" …): its name heads, its story and its products. */
export interface ProductLine {
  key: string;
  /** Heads of stall names: "Cà phê" → "Cà phê Khe Sanh Hữu Cơ". */
  labels: readonly string[];
  /** What the founder does, for the story: "trồng và rang cà phê sạch trên đồi {place}". */
  story: readonly string[];
  /** The closing sentence of product descriptions (storage, usage). */
  care: readonly string[];
  products: readonly ProductTemplate[];
}

/** A pack, written compactly in the line data: `pack("500g", "gói 500g", 530, 140_000, 260_000)`. */
export function pack(size: string, unit: string, grams: number, min: number, max: number): Pack {
  return { size, unit, grams, price: [min, max] };
}

/** The name patterns of a template usable in a province (patterns without `in` fit everywhere). */
export function namesFor(t: ProductTemplate, province: string): string[] {
  return t.names.flatMap((n) => (typeof n === "string" ? [n] : n.in.includes(province) ? [n.text] : []));
}
