import { z } from "zod";
import { ShippingAddress } from "./orders";

/** At most this many saved addresses per account; the 11th is a 422. */
export const MAX_SAVED_ADDRESSES = 10;

/** A delivery address kept in the account; exactly one of a user's addresses is the default. */
export const SavedAddress = z
  .object({
    id: z.uuid(),
    ...ShippingAddress.shape,
    isDefault: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "SavedAddress" });
export type SavedAddress = z.infer<typeof SavedAddress>;

/** My saved addresses, the default first, then newest first. */
export const AddressList = z.object({ items: z.array(SavedAddress) }).meta({ id: "AddressList" });
export type AddressList = z.infer<typeof AddressList>;

/** A new saved address; `isDefault: true` makes it the default (the first address always is). */
export const CreateAddressRequest = z
  .object({ ...ShippingAddress.shape, isDefault: z.boolean().optional() })
  .strict()
  .meta({ id: "CreateAddressRequest" });
export type CreateAddressRequest = z.infer<typeof CreateAddressRequest>;

/** Changes to a saved address; `isDefault: true` makes it the default (`false` is refused: pick another one). */
export const UpdateAddressRequest = z
  .object({
    ...ShippingAddress.partial().shape,
    district: ShippingAddress.shape.district.nullable(),
    isDefault: z.literal(true).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: "Nothing to change" })
  .meta({ id: "UpdateAddressRequest" });
export type UpdateAddressRequest = z.infer<typeof UpdateAddressRequest>;

/** One saved address. */
export const AddressResponse = z.object({ address: SavedAddress }).meta({ id: "AddressResponse" });
export type AddressResponse = z.infer<typeof AddressResponse>;
