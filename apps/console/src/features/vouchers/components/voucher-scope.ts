import type { CategoryNode, Voucher } from "@chophien/contracts";

/** What a voucher applies to, as the form edits it: the owner's whole part, some categories, or some products. */
export type ScopeMode = "all" | "categories" | "products";

/** The form's choice: the mode and the ids of the list it offers (the other list is sent empty). */
export interface VoucherScope {
  mode: ScopeMode;
  categoryIds: string[];
  productIds: string[];
}

/** A product that can be chosen, with the name shown for it. */
export interface ProductChoice {
  id: string;
  name: string;
}

/**
 * What the page loads for the "applies to" choice: the category tree, and for a stall the stall's own products
 * (loaded in full and filtered here). Without `products` (the market's vouchers) products are searched in the catalog.
 */
export interface VoucherTargets {
  categories: CategoryNode[];
  products?: ProductChoice[];
  /** still loading them (the lists are shown as loading rather than empty) */
  loading?: boolean;
}

/** Applies to the whole stall (or the whole market): the default. */
export const WHOLE: VoucherScope = { mode: "all", categoryIds: [], productIds: [] };

/** The scope a stored voucher has; one made through the API with both lists opens on its products. */
export function scopeOf(v: Pick<Voucher, "categoryIds" | "productIds">): VoucherScope {
  if (v.productIds.length) return { mode: "products", categoryIds: [], productIds: v.productIds };
  if (v.categoryIds.length) return { mode: "categories", categoryIds: v.categoryIds, productIds: [] };
  return WHOLE;
}

/** The PATCH fields for a scope: both lists always, so choosing one clears the other and "whole" clears both. */
export function scopeBody(s: VoucherScope): { categoryIds: string[]; productIds: string[] } {
  return {
    categoryIds: s.mode === "categories" ? s.categoryIds : [],
    productIds: s.mode === "products" ? s.productIds : [],
  };
}

/** A limited scope with nothing chosen in it (the form asks for at least one). */
export const isEmptyChoice = (s: VoucherScope) =>
  (s.mode === "categories" && !s.categoryIds.length) || (s.mode === "products" && !s.productIds.length);

/** Every category of the tree, groups and their children, by id. */
export function categoriesById(tree: readonly CategoryNode[]): Map<string, CategoryNode> {
  const all = new Map<string, CategoryNode>();
  const walk = (nodes: readonly CategoryNode[]) =>
    nodes.forEach((n) => {
      all.set(n.id, n);
      walk(n.children);
    });
  walk(tree);
  return all;
}

/** `ids` with `id` added, or taken out when it is there. */
export const toggled = (ids: readonly string[], id: string) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);
