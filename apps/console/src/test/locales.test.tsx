import {
  BUSINESS_TYPES,
  EVENT_KINDS,
  EVENT_STATUSES,
  LEDGER_KINDS,
  OFFER_STATUSES,
  ORGANISATION_KINDS,
  ORGANISATION_STATUSES,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  PRODUCT_STATUSES,
  ROLES,
  STALL_ACTIONS,
  STALL_ORDER_STATUSES,
  STALL_STATUSES,
} from "@chophien/contracts";
import { literalTextKeys, placeholders, textKeys } from "@chophien/web/testing";
import path from "node:path";
import { REFUND_STATUSES } from "@/features/admin-refunds/api/types";
import { STALL_STEPS } from "@/features/stall/components/stall-form-values";
import en from "../locales/en.json";
import vi from "../locales/vi.json";

describe("translations", () => {
  const viKeys = new Set(textKeys(vi));

  it("has every Vietnamese text in English and nothing English-only", () => {
    expect([...new Set(textKeys(en))].sort()).toEqual([...viKeys].sort());
  });

  it("uses the same placeholders in both languages", () => {
    const v = placeholders(vi);
    expect([...placeholders(en)].filter(([k, p]) => v.get(k) !== p)).toEqual([]);
  });

  it('has a text for every key the code names literally (t("…") and the navigation\'s labels)', () => {
    // Besides t("…"): both keys of a `cond ? "a.key" : "b.key"`, and the navigation's labels.
    const used = literalTextKeys(path.resolve(__dirname, ".."), [
      /\? "([a-z]+\.[\w.]+)" : "([a-z]+\.[\w.]+)"/g,
      /label: "(nav\.\w+)"/g,
    ]);
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
      ...OFFER_STATUSES.map((s) => `demands.offerStatus.${s}`),
      ...["stall", "buyer"].map((by) => `demands.roundBy.${by}`),
      ...ORGANISATION_STATUSES.map((s) => `organisations.status.${s}`),
      ...ORGANISATION_KINDS.map((k) => `organisations.kind.${k}`),
      ...EVENT_STATUSES.map((s) => `events.status.${s}`),
      ...EVENT_KINDS.map((k) => `events.kind.${k}`),
    ];
    expect(expected.filter((k) => !viKeys.has(k))).toEqual([]);
  });
});
