import type { EntityManager } from "typeorm";
import { slugify } from "@chophien/contracts";

/**
 * A slug for `text` not yet used in `table`: `ca-phe-khe-sanh`, then `ca-phe-khe-sanh-2`, `-3` …
 * A concurrent insert can still take it first; the unique index catches that and the caller retries.
 */
export async function nextFreeSlug(
  m: EntityManager,
  table: "stall" | "product" | "live_session" | "connection_event",
  text: string,
): Promise<string> {
  const base = slugify(text).slice(0, 90).replace(/-+$/, "");
  const rows: { slug: string }[] = await m.query(`SELECT slug FROM "${table}" WHERE slug = $1 OR slug LIKE $2`, [
    base,
    `${base}-%`,
  ]);
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
