import { SHIPPING_RULE, commissionOf, shippingFee } from "./shipping";

describe("shipping fee rule", () => {
  it("charges less within the stall's province, nothing from the free threshold", () => {
    expect(shippingFee(120_000, "quang-tri", "quang-tri")).toBe(SHIPPING_RULE.sameProvince);
    expect(shippingFee(120_000, "quang-tri", "ha-noi")).toBe(SHIPPING_RULE.otherProvince);
    expect(shippingFee(120_000, "quang-tri", undefined)).toBe(SHIPPING_RULE.otherProvince);
    expect(shippingFee(500_000, "quang-tri", "ha-noi")).toBe(0);
  });

  it("rounds commission to the đồng", () => {
    expect(commissionOf(123_456, 500)).toBe(6173);
  });
});
