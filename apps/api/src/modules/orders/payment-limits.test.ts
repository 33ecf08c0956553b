import { LIMITS } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import { assertPaymentLimits, paymentLimits } from "./payment-limits";

function refusal(run: () => void): AppError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error("expected a refusal");
}

describe("assertPaymentLimits", () => {
  it("lets VNPay take 5.000 ₫ up to 999.999.999 ₫ and nothing outside", () => {
    expect(LIMITS.vnpayMinAmount).toBe(5_000);
    expect(LIMITS.vnpayMaxAmount).toBe(999_999_999);
    expect(() => assertPaymentLimits("vnpay", 5_000)).not.toThrow();
    expect(() => assertPaymentLimits("vnpay", 999_999_999)).not.toThrow();
    for (const amount of [0, 4_999, 1_000_000_000, 5_000_000_000]) {
      const err = refusal(() => assertPaymentLimits("vnpay", amount));
      expect(err).toMatchObject({ status: 422, code: "payment_amount_out_of_range" });
      expect(err.details).toEqual([{ path: "body.paymentMethod", message: "VNPay takes from 5.000 ₫ to 999.999.999 ₫" }]);
    }
  });

  it("names the allowed range and the order's total in a readable message", () => {
    const err = refusal(() => assertPaymentLimits("vnpay", 1_200_000_000));
    expect(err.message).toBe(
      "VNPay takes orders from 5.000 ₫ to 999.999.999 ₫; this order is 1.200.000.000 ₫. Choose another payment method or change the cart.",
    );
  });

  it("caps cash on delivery at 20.000.000 ₫ by default and at the market's own setting otherwise", () => {
    expect(() => assertPaymentLimits("cod", 20_000_000)).not.toThrow();
    expect(() => assertPaymentLimits("cod", 1_000)).not.toThrow();
    expect(refusal(() => assertPaymentLimits("cod", 20_000_001)).message).toMatch(
      /^Cash on delivery takes orders up to 20\.000\.000 ₫; this order is 20\.000\.001 ₫\./,
    );
    const tight = paymentLimits(500_000);
    expect(() => assertPaymentLimits("cod", 500_000, tight)).not.toThrow();
    expect(refusal(() => assertPaymentLimits("cod", 500_001, tight)).code).toBe("payment_amount_out_of_range");
    // VNPay's range does not move with the COD setting.
    expect(tight.vnpay).toEqual({ min: 5_000, max: 999_999_999 });
  });
});
