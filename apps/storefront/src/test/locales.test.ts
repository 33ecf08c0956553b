import fs from "node:fs";
import path from "node:path";
import en from "../locales/en.json";
import vi from "../locales/vi.json";

type Tree = { [key: string]: string | Tree };

/** Every key path, with i18next's plural suffixes folded away (Vietnamese has one form, English two). */
function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = `${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, "")}`;
    return typeof v === "string" ? [key] : keys(v, `${key}.`);
  });
}

/** The {{placeholders}} in each string, by key. */
function placeholders(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = `${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, "")}`;
    if (typeof v === "string")
      out.set(
        key,
        [...v.matchAll(/\{\{(\w+)\}\}/g)]
          .map((m) => m[1])
          .sort()
          .join(","),
      );
    else for (const [kk, vv] of placeholders(v, `${key}.`)) out.set(kk, vv);
  }
  return out;
}

describe("translations", () => {
  it("has every Vietnamese text in English and nothing English-only", () => {
    expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(vi))].sort());
  });

  it("uses the same placeholders in both languages", () => {
    const v = placeholders(vi);
    const mismatched = [...placeholders(en)].filter(([k, p]) => v.get(k) !== p);
    expect(mismatched).toEqual([]);
  });
});

describe("the code's text keys", () => {
  it("all exist in the Vietnamese file (template keys like `orderStatus.${s}` are checked by their pages' tests)", () => {
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory()
            ? walk(path.join(dir, e.name))
            : e.name.endsWith(".tsx") || e.name.endsWith(".ts")
              ? [path.join(dir, e.name)]
              : [],
        );
    const known = new Set(keys(vi));
    const used = walk(path.resolve(__dirname, ".."))
      .filter((f) => !f.includes(`${path.sep}test${path.sep}`) && !f.endsWith(".test.tsx"))
      .flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/\bt\(\s*"([\w.]+)"/g)].map((m) => m[1]!));
    const ternaryKeys = ["filters.ocopExactly", "filters.ocopAtLeast", "checkout.placeAndPay", "checkout.place"];
    expect([...new Set([...used, ...ternaryKeys])].filter((k) => !known.has(k))).toEqual([]);
  });
});
