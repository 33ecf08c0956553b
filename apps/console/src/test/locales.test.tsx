import {
  BUSINESS_TYPES,
  LEDGER_KINDS,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  PRODUCT_STATUSES,
  ROLES,
  STALL_ACTIONS,
  STALL_ORDER_STATUSES,
  STALL_STATUSES,
} from "@chophien/contracts";
import fs from "node:fs";
import path from "node:path";
import { REFUND_STATUSES } from "@/features/admin-refunds/api/types";
import { STALL_STEPS } from "@/features/stall/components/stall-form-values";
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

/** The {{placeholders}} of each string, by key. */
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

const walk = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));

describe("translations", () => {
  const viKeys = new Set(keys(vi));

  it("has every Vietnamese text in English and nothing English-only", () => {
    expect([...new Set(keys(en))].sort()).toEqual([...viKeys].sort());
  });

  it("uses the same placeholders in both languages", () => {
    const v = placeholders(vi);
    expect([...placeholders(en)].filter(([k, p]) => v.get(k) !== p)).toEqual([]);
  });

  it('has a text for every key the code names literally (t("…") and the navigation\'s labels)', () => {
    const used = walk(path.resolve(__dirname, ".."))
      .filter((f) => !f.includes(`${path.sep}test${path.sep}`) && !f.endsWith(".test.tsx"))
      .flatMap((f) => {
        const code = fs.readFileSync(f, "utf8");
        return [
          ...code.matchAll(/\bt\(\s*"([\w.]+)"/g),
          ...code.matchAll(/\? "([a-z]+\.[\w.]+)" : "([a-z]+\.[\w.]+)"/g),
          ...code.matchAll(/label: "(nav\.\w+)"/g),
        ].flatMap((m) => m.slice(1).filter(Boolean));
      });
    expect(used.length).toBeGreaterThan(400);
    expect([...new Set(used)].filter((k) => !viKeys.has(k))).toEqual([]);
  });

  it("has a text for every value of the contract's enums the screens show (keys built as `orderStatus.${status}`)", () => {
    const expected = [
      ...STALL_ORDER_STATUSES.flatMap((s) => [`orderStatus.${s}`, `orderTab.${s}`]),
      ...PRODUCT_STATUSES.flatMap((s) => [`productStatus.${s}`, `productStatusHelp.${s}`]),
      ...STALL_STATUSES.flatMap((s) => [`stallStatus.${s}`, `stall.statusTitle.${s}`, `stall.statusBody.${s}`]),
      ...BUSINESS_TYPES.flatMap((b) => [`businessType.${b}`, `businessTypeHelp.${b}`]),
      ...STALL_ACTIONS.flatMap((a) => [`stallAction.${a}`, `adminStalls.actions.${a}`]),
      ...LEDGER_KINDS.map((k) => `ledgerKind.${k}`),
      ...PAYMENT_METHODS.map((m) => `paymentMethod.${m}`),
      ...PAYMENT_STATUSES.map((s) => `paymentStatus.${s}`),
      ...ROLES.map((r) => `roleName.${r}`),
      ...REFUND_STATUSES.map((s) => `refundStatus.${s}`),
      ...["buyer", "seller", "admin", "system"].map((a) => `actor.${a}`),
      ...["confirm", "ship", "deliver"].map((a) => `orders.next.${a}`),
      ...STALL_STEPS.flatMap((s) => [`stall.steps.${s.key}`, `stall.stepHelp.${s.key}`]),
      ...["reject", "suspend"].flatMap((k) => [`adminStalls.${k}Title`, `adminStalls.${k}Body`]),
    ];
    expect(expected.filter((k) => !viKeys.has(k))).toEqual([]);
  });
});
