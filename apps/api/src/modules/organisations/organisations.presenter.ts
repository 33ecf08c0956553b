import type { Organisation, OrganisationKind, OrganisationStatus } from "@chophien/contracts";

/** An `organisation` row as the service selects it (see SELECT in organisations.service.ts). */
export interface OrganisationRow {
  id: string;
  name: string;
  tax_code: string;
  kind: OrganisationKind;
  province: string;
  address: string;
  phone: string;
  website: string | null;
  status: OrganisationStatus;
  reason: string | null;
  created_at: Date;
  member_ids: string[];
  decisions: { action: string; reason: string | null; adminId: string | null; createdAt: string }[];
}

/** For its members and admins only: the public board shows an organisation through the demand presenter. */
export function presentOrganisation(r: OrganisationRow): Organisation {
  return {
    id: r.id,
    name: r.name,
    taxCode: r.tax_code,
    kind: r.kind,
    province: r.province,
    address: r.address,
    phone: r.phone,
    website: r.website,
    status: r.status,
    reason: r.reason,
    memberIds: r.member_ids,
    decisions: r.decisions.map((d) => ({ ...d, createdAt: new Date(d.createdAt).toISOString() })),
    createdAt: r.created_at.toISOString(),
  };
}
