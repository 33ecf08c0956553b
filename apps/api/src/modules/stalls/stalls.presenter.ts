import type { PublicStall as PublicStallDto, Stall as StallDto, StallSummary as StallSummaryDto } from "@chophien/contracts";
import { provinceBySlug } from "@chophien/contracts";
import { presentImage } from "../../lib/images/present";
import type { User } from "../users/user.entity";
import type { StallDecision } from "./stall-decision.entity";
import type { Stall } from "./stall.entity";

/** `{slug, name}` of a province slug (the slug itself if unknown). */
export const presentProvince = (slug: string) => ({ slug, name: provinceBySlug(slug)?.name ?? slug });

/** The card shoppers see in lists. */
export function presentStallSummary(s: Stall, productCount: number): StallSummaryDto {
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    province: presentProvince(s.province),
    logo: s.logo ? presentImage(s.logo) : null,
    productCount,
  };
}

/** A stall's public page. */
export function presentPublicStall(s: Stall, productCount: number): PublicStallDto {
  return {
    ...presentStallSummary(s, productCount),
    story: s.story,
    description: s.description,
    banner: s.banner ? presentImage(s.banner) : null,
    contact: s.contactPublic ? { phone: s.phone, zalo: s.contactZalo } : null,
    createdAt: s.createdAt.toISOString(),
  };
}

/** Everything about a stall, for its owner and for admins. */
export function presentStall(
  s: Stall,
  ctx: { owner: User; decisions: (StallDecision & { admin: User })[]; productCount: number; defaultCommissionBps: number },
): StallDto {
  const { contact: _public, ...profile } = presentPublicStall(s, ctx.productCount);
  return {
    ...profile,
    address: s.address,
    phone: s.phone,
    contactPublic: s.contactPublic,
    contactZalo: s.contactZalo,
    businessType: s.businessType,
    businessRegistrationNo: s.businessRegistrationNo,
    founderBirthYear: s.founderBirthYear,
    status: s.status,
    statusReason: s.statusReason,
    commissionRateBps: s.commissionRateBps ?? ctx.defaultCommissionBps,
    owner: { id: ctx.owner.id, fullName: ctx.owner.fullName, email: ctx.owner.email },
    decisions: ctx.decisions.map((d) => ({
      action: d.action,
      reason: d.reason,
      admin: { id: d.admin.id, fullName: d.admin.fullName },
      at: d.createdAt.toISOString(),
    })),
    approvedAt: s.approvedAt?.toISOString() ?? null,
  };
}
