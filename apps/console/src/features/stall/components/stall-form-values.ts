import { BUSINESS_TYPES, CreateStallRequest, type Stall } from "@chophien/contracts";

/** What the form holds: every field as typed text, so a half-filled step never loses a keystroke. */
export interface StallFormValues {
  name: string;
  province: string;
  address: string;
  phone: string;
  description: string;
  story: string;
  founderBirthYear: string;
  businessType: string;
  businessRegistrationNo: string;
}
export type StallField = keyof StallFormValues;

/** The guided steps and the fields each one asks for (photos have no text fields). */
export const STALL_STEPS: { key: "about" | "founder" | "business" | "photos"; fields: StallField[] }[] = [
  { key: "about", fields: ["name", "province", "address", "phone", "description"] },
  { key: "founder", fields: ["story", "founderBirthYear"] },
  { key: "business", fields: ["businessType", "businessRegistrationNo"] },
  { key: "photos", fields: [] },
];

export const emptyStallValues = (): StallFormValues => ({
  name: "",
  province: "",
  address: "",
  phone: "",
  description: "",
  story: "",
  founderBirthYear: "",
  businessType: BUSINESS_TYPES[0],
  businessRegistrationNo: "",
});

/** An existing stall as form values (editing a rejected application, or the approved profile). */
export const stallToValues = (s: Stall): StallFormValues => ({
  name: s.name,
  province: s.province.slug,
  address: s.address,
  phone: s.phone,
  description: s.description ?? "",
  story: s.story,
  founderBirthYear: s.founderBirthYear ? String(s.founderBirthYear) : "",
  businessType: s.businessType,
  businessRegistrationNo: s.businessRegistrationNo ?? "",
});

/** Parses the values with the contract's own schema: the form refuses exactly what the API would. */
export function parseStallValues(v: StallFormValues) {
  const optional = (s: string) => (s.trim() === "" ? undefined : s);
  return CreateStallRequest.safeParse({
    name: v.name,
    province: v.province || undefined,
    address: v.address,
    phone: v.phone,
    description: optional(v.description),
    story: v.story,
    founderBirthYear: v.founderBirthYear.trim() === "" ? undefined : Number(v.founderBirthYear),
    businessType: v.businessType,
    businessRegistrationNo: optional(v.businessRegistrationNo),
  });
}
