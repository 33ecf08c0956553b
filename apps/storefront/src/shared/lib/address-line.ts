import { provinceBySlug, type ShippingAddress } from "@chophien/contracts";
import type { AddressDraft } from "./address-validation";

/** "12 Lê Duẩn, Phường Đông Hà, Quảng Trị": street, ward, (a pre-2025 district,) province by its Vietnamese name. */
export function addressLine(a: ShippingAddress): string {
  return [a.street, a.ward, a.district, provinceBySlug(a.province)?.name ?? a.province].filter(Boolean).join(", ");
}

/** A delivery address as the form's fields, to edit it (a saved address carries more; only these are copied). */
export function toAddressDraft(a: ShippingAddress): AddressDraft {
  return { fullName: a.fullName, phone: a.phone, province: a.province, ward: a.ward, street: a.street };
}

/** Only the delivery fields of an address that carries more (a saved one's id, default flag, date). */
export function toShippingAddress(a: ShippingAddress): ShippingAddress {
  return { ...toAddressDraft(a), ...(a.district ? { district: a.district } : {}) };
}
