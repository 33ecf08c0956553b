/**
 * Vietnamese text folded for search and slugs: lower-case, diacritics removed, đ → d, spaces collapsed.
 * "Cà phê Khe Sanh" → "ca phe khe sanh". The API stores and queries folded text, so "ca phe" finds "cà phê".
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** A URL slug from Vietnamese text: "Cà phê Khe Sanh" → "ca-phe-khe-sanh" (at most 80 characters). */
export function slugify(s: string): string {
  const slug = foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || "gian-hang";
}
