import { activeFilterCount, parseSearchParams, patchSearchState, toSearchParams } from "./search-params";

describe("search state in the URL", () => {
  it("round-trips every filter and drops defaults and garbage", () => {
    const sp = new URLSearchParams(
      "q=ca phe&category=ca-phe&province=quang-tri&ocopMin=4&minPrice=0&maxPrice=200000&inStock=1&sort=price_asc&page=3",
    );
    const state = parseSearchParams(sp);
    expect(state).toEqual({
      q: "ca phe",
      category: "ca-phe",
      province: "quang-tri",
      ocopMin: 4,
      minPrice: 0,
      maxPrice: 200000,
      inStock: true,
      sort: "price_asc",
      page: 3,
    });
    expect(toSearchParams(state).toString()).toBe(sp.toString());
    expect(parseSearchParams(new URLSearchParams("province=atlantis&ocopMin=9&sort=cheapest&page=1&minPrice=-5"))).toEqual({});
  });

  it("starts again from page 1 when a filter changes, but not when the page does", () => {
    const state = { q: "mat ong", page: 4 };
    expect(patchSearchState(state, { ocopMin: 4 })).toEqual({ q: "mat ong", ocopMin: 4 });
    expect(patchSearchState(state, { page: 5 })).toEqual({ q: "mat ong", page: 5 });
    expect(patchSearchState({ q: "x", ocopMin: 4 }, { ocopMin: undefined })).toEqual({ q: "x" });
    expect(activeFilterCount({ q: "x", ocopMin: 4, maxPrice: 100, inStock: true })).toBe(3);
  });
});
