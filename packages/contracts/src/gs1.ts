import { z } from "zod";

/** The GS1 check digit of a GTIN's leading digits: weights 3, 1, 3, 1 … from the right, then to the next multiple of 10. */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

/** True for a GTIN-8, -12, -13 or -14 whose last digit is its check digit. */
export function isValidGtin(gtin: string): boolean {
  return /^(\d{8}|\d{12,14})$/.test(gtin) && gtinCheckDigit(gtin.slice(0, -1)) === Number(gtin.slice(-1));
}

/** A GTIN as GS1 Digital Link writes it: 14 digits, zero-padded on the left. */
export const gtin14 = (gtin: string) => gtin.padStart(14, "0");

/** A product's GTIN (EAN-13 `893…` for Vietnam, or GTIN-8/12/14), check digit validated; stored as GTIN-14. */
export const Gtin = z
  .string()
  .trim()
  .refine(isValidGtin, "Not a GTIN (8, 12, 13 or 14 digits with a valid check digit)")
  .transform(gtin14)
  .meta({ example: "8938505974194" });
