import { provinceBySlug } from "@chophien/contracts";
import type { ProductListQuery } from "@chophien/contracts";

/** The listing state a URL can hold: exactly the API's filters, so a shared link reproduces the page. */
export type SearchState = Partial<ProductListQuery>;
export type SortKey = NonNullable<ProductListQuery["sort"]>;

/** The sorts, in menu order (a local copy: importing the contract's constant would pull zod into this chunk). */
export const SORTS = ["relevance", "newest", "price_asc", "price_desc", "rating"] as const satisfies readonly SortKey[];
// Fails to compile if the contract gains a sort this list lacks.
const _allSorts: Exclude<SortKey, (typeof SORTS)[number]> extends never ? true : never = true;
void _allSorts;

/** Results per page: four rows of a phone's two columns… and of a desktop's four. */
export const PAGE_SIZE = 24;

const int = (v: string | null, min: number, max: number) => {
  if (v === null || !/^\d+$/.test(v)) return undefined;
  const n = Number(v);
  return n >= min && n <= max ? n : undefined;
};
const slug = (v: string | null) => (v && /^[a-z0-9-]{1,80}$/.test(v) ? v : undefined);

/** Reads the URL's query into filters, dropping anything malformed rather than failing the page. */
export function parseSearchParams(sp: URLSearchParams): SearchState {
  const state: SearchState = {};
  const q = sp.get("q")?.trim().slice(0, 100);
  if (q) state.q = q;
  const category = slug(sp.get("category"));
  if (category) state.category = category;
  const province = slug(sp.get("province"));
  if (province && provinceBySlug(province)) state.province = province;
  const ocopMin = int(sp.get("ocopMin"), 3, 5);
  if (ocopMin) state.ocopMin = ocopMin;
  const minPrice = int(sp.get("minPrice"), 0, 1_000_000_000);
  if (minPrice !== undefined) state.minPrice = minPrice;
  const maxPrice = int(sp.get("maxPrice"), 0, 1_000_000_000);
  if (maxPrice !== undefined) state.maxPrice = maxPrice;
  const inStock = sp.get("inStock");
  if (inStock === "1" || inStock === "true") state.inStock = true;
  const sort = sp.get("sort");
  if ((SORTS as readonly string[]).includes(sort ?? "")) state.sort = sort as SortKey;
  const page = int(sp.get("page"), 2, 10000);
  if (page) state.page = page;
  return state;
}

/** Filters → URL query in a fixed order, leaving out defaults (page 1, no sort), so equal states share one URL. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const sp = new URLSearchParams();
  if (state.q) sp.set("q", state.q);
  if (state.category) sp.set("category", state.category);
  if (state.province) sp.set("province", state.province);
  if (state.ocopMin) sp.set("ocopMin", String(state.ocopMin));
  if (state.minPrice !== undefined) sp.set("minPrice", String(state.minPrice));
  if (state.maxPrice !== undefined) sp.set("maxPrice", String(state.maxPrice));
  if (state.inStock) sp.set("inStock", "1");
  if (state.sort) sp.set("sort", state.sort);
  if (state.page && state.page > 1) sp.set("page", String(state.page));
  return sp;
}

/** Applies a change; any change other than the page itself starts again from page 1. */
export function patchSearchState(state: SearchState, patch: SearchState): SearchState {
  const next: SearchState = { ...state, ...patch };
  for (const key of Object.keys(patch) as (keyof SearchState)[]) if (patch[key] === undefined) delete next[key];
  if (!("page" in patch)) delete next.page;
  return next;
}

/** How many filters (not the query, sort or page) are on — the number on the mobile "Filters" button. */
export const activeFilterCount = (s: SearchState) =>
  [s.category, s.province, s.ocopMin, s.minPrice !== undefined || s.maxPrice !== undefined ? 1 : undefined, s.inStock].filter(
    (v) => v !== undefined && v !== false,
  ).length;
