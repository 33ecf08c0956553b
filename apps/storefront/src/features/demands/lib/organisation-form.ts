import { normaliseTaxCode, RegisterOrganisationRequest, type OrganisationKind } from "@chophien/contracts";

/** The organisation form's fields, as typed. */
export interface OrganisationDraft {
  name: string;
  taxCode: string;
  kind: OrganisationKind | "";
  province: string;
  address: string;
  phone: string;
  website: string;
}
export type OrganisationField = keyof OrganisationDraft;
export type OrganisationErrors = Partial<Record<OrganisationField, true>>;

export const EMPTY_ORGANISATION: OrganisationDraft = {
  name: "",
  taxCode: "",
  kind: "",
  province: "",
  address: "",
  phone: "",
  website: "",
};

/**
 * Checks the registration with the contract's schema — the tax code by its check digit (`normaliseTaxCode`), the
 * same test the API runs — and sends the tax code in its normal form (`0300588569-001` for a branch).
 */
export function validateOrganisation(
  draft: OrganisationDraft,
): { request: RegisterOrganisationRequest; errors: null } | { request: null; errors: OrganisationErrors } {
  const taxCode = normaliseTaxCode(draft.taxCode) ?? draft.taxCode;
  const website = draft.website.trim();
  const result = RegisterOrganisationRequest.safeParse({
    ...draft,
    taxCode,
    phone: draft.phone.replace(/[\s.-]/g, ""),
    website: website ? (/^https?:\/\//i.test(website) ? website : `https://${website}`) : undefined,
  });
  if (result.success) return { request: result.data, errors: null };
  const errors: OrganisationErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && field in EMPTY_ORGANISATION) errors[field as OrganisationField] = true;
  }
  return { request: null, errors };
}
