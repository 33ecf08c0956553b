import { MAX_WIRE_AMOUNT } from "./constants";
import { VNPayInvalidRequestError } from "./errors";

/** Throws unless `amount` is a positive whole number of đồng that fits VNPay's 12-digit wire field. */
export function assertDong(amount: unknown, param: string): asserts amount is number {
  if (typeof amount !== "number" || !Number.isSafeInteger(amount) || amount <= 0) {
    throw new VNPayInvalidRequestError({
      message: `${param} must be a positive whole number of đồng (got ${String(amount)})`,
      code: "amount_invalid",
      param,
    });
  }
  if (amount * 100 > MAX_WIRE_AMOUNT) {
    throw new VNPayInvalidRequestError({
      message: `${param} ${amount} đ is above VNPay's limit of ${Math.floor(MAX_WIRE_AMOUNT / 100)} đ`,
      code: "amount_too_large",
      param,
    });
  }
}

/** Đồng → the ×100 wire value VNPay expects in vnp_Amount. */
export function toWireAmount(dong: number): string {
  return String(dong * 100);
}

/**
 * The ×100 wire value → đồng, or `undefined` when it is not digits or not a whole number of đồng.
 * Call only after the signature has been verified over the untouched string.
 */
export function fromWireAmount(wire: string): number | undefined {
  if (!/^\d{1,15}$/.test(wire)) return undefined;
  const value = Number(wire);
  return value % 100 === 0 ? value / 100 : undefined;
}
