import type { SavedAddress as SavedAddressDto } from "@chophien/contracts";
import type { SavedAddress } from "./address.entity";

/** A saved address as its owner sees it (whitelisted fields; no user id). */
export function presentAddress(a: SavedAddress): SavedAddressDto {
  return {
    id: a.id,
    fullName: a.fullName,
    phone: a.phone,
    province: a.province,
    ...(a.district ? { district: a.district } : {}),
    ward: a.ward,
    street: a.street,
    isDefault: a.isDefault,
    createdAt: a.createdAt.toISOString(),
  };
}
