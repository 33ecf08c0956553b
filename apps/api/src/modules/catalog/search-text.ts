import type { EntityManager } from "typeorm";
import { foldVietnamese, provinceBySlug } from "@chophien/contracts";

/** The folded text a product is found by: its name, category, stall, province (with former names) and description. */
export function productSearchText(p: {
  name: string;
  description: string | null;
  categoryNames: string[];
  stallName: string;
  province: string;
}): string {
  const province = provinceBySlug(p.province);
  return foldVietnamese(
    [p.name, ...p.categoryNames, p.stallName, province?.name ?? "", ...(province?.formerly ?? []), p.description ?? ""].join(" "),
  );
}

/**
 * SQL for a product's stored `search_vector` from its folded name and search text (SQL expressions): the name
 * weighs A, so a word in the name ranks above the same word in a description. `to_tsvector` with the 'simple'
 * configuration folds nothing itself: both inputs are already folded by foldVietnamese.
 */
export const productSearchVector = (searchName: string, searchText: string) =>
  `setweight(to_tsvector('simple', ${searchName}), 'A') || to_tsvector('simple', ${searchText})`;

/**
 * The stored `search_vector` of many products at once, as tsvector literals (text) ready to insert: PostgreSQL
 * parses them, so they are exactly what refreshProductSearch stores. For bulk writers (the seed).
 */
export async function productSearchVectors(
  m: EntityManager,
  rows: { searchName: string; searchText: string }[],
): Promise<string[]> {
  const out: string[] = [];
  for (let start = 0; start < rows.length; start += 1000) {
    const batch = rows.slice(start, start + 1000);
    const vectors: { v: string }[] = await m.query(
      `SELECT (${productSearchVector("u.n", "u.t")})::text AS v
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u(n, t, i) ORDER BY u.i`,
      [batch.map((r) => r.searchName), batch.map((r) => r.searchText)],
    );
    out.push(...vectors.map((r) => r.v));
  }
  return out;
}

/**
 * Recomputes `search_name`, `search_text`, `search_vector` and the effective `province` of products — one product, or every
 * product of a stall after the stall's name or province changed. Runs inside the caller's transaction.
 */
export async function refreshProductSearch(m: EntityManager, where: { productId: string } | { stallId: string }): Promise<void> {
  const rows: {
    id: string;
    name: string;
    description: string | null;
    origin_province: string | null;
    stall_name: string;
    stall_province: string;
    category: string;
    category_en: string;
    parent: string | null;
  }[] = await m.query(
    `SELECT p.id, p.name, p.description, p.origin_province, s.name AS stall_name, s.province AS stall_province,
            c.name AS category, c.name_en AS category_en, pc.name AS parent
       FROM product p JOIN stall s ON s.id = p.stall_id JOIN category c ON c.id = p.category_id
       LEFT JOIN category pc ON pc.id = c.parent_id
      WHERE ${"productId" in where ? "p.id = $1" : "p.stall_id = $1"}`,
    ["productId" in where ? where.productId : where.stallId],
  );
  for (const r of rows) {
    const province = r.origin_province ?? r.stall_province;
    const searchText = productSearchText({
      name: r.name,
      description: r.description,
      categoryNames: [r.category, r.category_en, r.parent ?? ""],
      stallName: r.stall_name,
      province,
    });
    await m.query(
      `UPDATE product SET search_name = $2, search_text = $3, search_vector = ${productSearchVector("$2", "$3")}, province = $4
        WHERE id = $1`,
      [r.id, foldVietnamese(r.name), searchText, province],
    );
  }
}
