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
 * Recomputes `search_name`, `search_text` and the effective `province` of products — one product, or every
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
    await m.query(`UPDATE product SET search_name = $2, search_text = $3, province = $4 WHERE id = $1`, [
      r.id,
      foldVietnamese(r.name),
      searchText,
      province,
    ]);
  }
}
