import { z } from "zod";
import { VnPhone, page } from "./common";
import { PageQuery, ProvinceSlug } from "./stalls";

/** Weights of a Vietnamese tax code's first nine digits (the tenth is the check digit). */
const TAX_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * A Vietnamese tax code (mã số thuế) in its normal form, or null when it is not one: 10 digits whose last is
 * `10 − (Σ weightᵢ·dᵢ mod 11)` (a remainder of 0 would need a check digit of 10, so no such code is issued), or a
 * branch's 13: the parent's 10 valid digits and a 3-digit suffix, given as `0300588569001` or `0300588569-001`
 * and normalised to the dashed form.
 */
export function normaliseTaxCode(raw: string): string | null {
  const m = /^(\d{10})(?:-?(\d{3}))?$/.exec(raw.replace(/\s+/g, ""));
  if (!m) return null;
  const digits = [...m[1]!].map(Number);
  const sum = TAX_WEIGHTS.reduce((s, w, i) => s + w * digits[i]!, 0);
  const check = 10 - (sum % 11);
  if (check === 10 || check !== digits[9]) return null;
  if (m[2] === "000") return null;
  return m[2] ? `${m[1]}-${m[2]}` : m[1]!;
}

export const TaxCode = z
  .string()
  .trim()
  .max(20)
  .refine((v) => normaliseTaxCode(v) !== null, "Mã số thuế không hợp lệ / invalid tax code")
  .meta({ example: "0300588569", description: "10 digits with the check digit, or 13 for a branch (`…-001`)" });

export const ORGANISATION_KINDS = ["retailer", "distributor", "exporter", "processor", "restaurant", "other"] as const;
export const OrganisationKind = z.enum(ORGANISATION_KINDS).meta({ id: "OrganisationKind" });
export type OrganisationKind = z.infer<typeof OrganisationKind>;
export const ORGANISATION_STATUSES = ["pending", "verified", "rejected"] as const;
export const OrganisationStatus = z.enum(ORGANISATION_STATUSES).meta({ id: "OrganisationStatus" });
export type OrganisationStatus = z.infer<typeof OrganisationStatus>;

export const RegisterOrganisationRequest = z
  .object({
    name: z.string().trim().min(2).max(160),
    taxCode: TaxCode,
    kind: OrganisationKind,
    province: ProvinceSlug,
    address: z.string().trim().min(5).max(300),
    phone: VnPhone,
    website: z.url().max(300).optional(),
  })
  .strict()
  .meta({ id: "RegisterOrganisationRequest" });
export type RegisterOrganisationRequest = z.infer<typeof RegisterOrganisationRequest>;

export const OrganisationDecisionView = z.object({
  action: z.string(),
  reason: z.string().nullable(),
  adminId: z.string().nullable(),
  createdAt: z.string(),
});

/** An organisation as its members and admins see it (contacts included). */
export const Organisation = z
  .object({
    id: z.string(),
    name: z.string(),
    taxCode: z.string(),
    kind: OrganisationKind,
    province: z.string(),
    address: z.string(),
    phone: z.string(),
    website: z.string().nullable(),
    status: OrganisationStatus,
    reason: z.string().nullable().meta({ description: "The admin's reason when rejected" }),
    memberIds: z.array(z.string()),
    decisions: z.array(OrganisationDecisionView),
    createdAt: z.string(),
  })
  .meta({ id: "Organisation" });
export type Organisation = z.infer<typeof Organisation>;
export const OrganisationResponse = z.object({ organisation: Organisation }).meta({ id: "OrganisationResponse" });
export type OrganisationResponse = z.infer<typeof OrganisationResponse>;
export const MyOrganisationResponse = z.object({ organisation: Organisation.nullable() }).meta({ id: "MyOrganisationResponse" });
export const OrganisationList = page(Organisation).meta({ id: "OrganisationList" });
export type OrganisationList = z.infer<typeof OrganisationList>;
export const AdminOrganisationQuery = z.object({ status: OrganisationStatus.optional(), ...PageQuery }).strict();
export const RejectOrganisationRequest = z.object({ reason: z.string().trim().min(3).max(1000) }).strict();
