import { slugify } from "@chophien/contracts";

/**
 * Hands out unique slugs the way `nextFreeSlug` does (`base`, `base-2`, `base-3` …) but from memory, so
 * thousands of seeded rows need no query each. Seed it with the slugs already in the table.
 */
export class SlugTaker {
  private readonly taken: Set<string>;
  /** Next suffix to try per base: many products share a name, and rescanning from 2 each time would be quadratic. */
  private readonly next = new Map<string, number>();

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }

  /** A free slug for `text`, now taken. */
  take(text: string): string {
    const base = slugify(text).slice(0, 90).replace(/-+$/, "");
    let slug = base;
    if (this.taken.has(slug)) {
      let n = this.next.get(base) ?? 2;
      while (this.taken.has(`${base}-${n}`)) n++;
      slug = `${base}-${n}`;
      this.next.set(base, n + 1);
    }
    this.taken.add(slug);
    return slug;
  }
}
