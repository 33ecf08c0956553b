import { literalTextKeys, placeholders, textKeys } from "@chophien/web/testing";
import path from "node:path";
import en from "../locales/en.json";
import vi from "../locales/vi.json";

describe("translations", () => {
  it("has every Vietnamese text in English and nothing English-only", () => {
    expect([...new Set(textKeys(en))].sort()).toEqual([...new Set(textKeys(vi))].sort());
  });

  it("uses the same placeholders in both languages", () => {
    const v = placeholders(vi);
    const mismatched = [...placeholders(en)].filter(([k, p]) => v.get(k) !== p);
    expect(mismatched).toEqual([]);
  });
});

describe("the code's text keys", () => {
  it("all exist in the Vietnamese file (template keys like `orderStatus.${s}` are checked by their pages' tests)", () => {
    const known = new Set(textKeys(vi));
    const used = literalTextKeys(path.resolve(__dirname, ".."));
    const ternaryKeys = ["filters.ocopExactly", "filters.ocopAtLeast", "checkout.placeAndPay", "checkout.place"];
    expect([...new Set([...used, ...ternaryKeys])].filter((k) => !known.has(k))).toEqual([]);
  });
});
