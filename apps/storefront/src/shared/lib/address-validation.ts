import { ShippingAddress } from "@chophien/contracts";

/** The address form's fields, as typed (strings; the contract's schema trims and checks them). */
export interface AddressDraft {
  fullName: string;
  phone: string;
  province: string;
  ward: string;
  street: string;
}
export type AddressField = keyof AddressDraft;
export type AddressErrors = Partial<Record<AddressField, true>>;

export const EMPTY_ADDRESS: AddressDraft = { fullName: "", phone: "", province: "", ward: "", street: "" };

/**
 * Checks the address with the contract's own zod schema — the very rules the API applies — and reports which
 * fields fail; the form words each failure itself, in the shopper's language.
 */
export function validateAddress(
  draft: AddressDraft,
): { address: ShippingAddress; errors: null } | { address: null; errors: AddressErrors } {
  // People type phone numbers with spaces and dots ("0912 345 678"); the API wants the digits.
  const result = ShippingAddress.safeParse({ ...draft, phone: draft.phone.replace(/[\s.-]/g, "") });
  if (result.success) return { address: result.data, errors: null };
  const errors: AddressErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && field in EMPTY_ADDRESS) errors[field as AddressField] = true;
  }
  return { address: null, errors };
}
