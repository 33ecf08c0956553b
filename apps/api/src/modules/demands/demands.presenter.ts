import type { Contacts, Delivery, DemandStatus, Offer, OfferRound, OfferStatus, PublicDemand } from "@chophien/contracts";

/** A `demand` row as DEMAND_SELECT reads it (demands.service.ts): the organisation's public facts only. */
export interface DemandRow {
  id: string;
  title: string;
  category_id: string | null;
  description: string;
  quantity: number;
  unit: string;
  tolerance_pct: number;
  deliveries: Delivery[];
  province: string | null;
  requirements: { ocopMinStars?: number; certificates?: string[] };
  price_min: number | null;
  price_max: number | null;
  respond_by: Date;
  status: DemandStatus;
  awarded_quantity: number;
  offer_count: number;
  org_name: string;
  org_kind: string;
  org_province: string;
  created_at: Date;
}

/** An offer row as OFFER_SELECT reads it (demand-offers.service.ts); contacts are null until a shortlist. */
export interface OfferRow {
  id: string;
  demand_id: string;
  stall: { id: string; name: string; slug: string; province: string };
  quantity: number;
  unit_price: number;
  deliveries: Delivery[];
  message: string;
  status: OfferStatus;
  awarded_quantity: number | null;
  decline_reason: string | null;
  rounds: (Omit<OfferRound, "createdAt"> & { createdAt: string })[];
  /** The stall's contacts, for the buyer (SQL gives them only once the offer was shortlisted). */
  stall_contacts: Contacts | null;
  /** The buyer's contacts, for the stall (the same). */
  buyer_contacts: Contacts | null;
  product: { id: string; name: string; slug: string; unit: string } | null;
  /** The award's orders, by delivery. */
  order_ids: string[];
  created_at: Date;
}

/** A demand on the public board: the buyer is its organisation's name, kind and province — never a contact or id. */
export function presentPublicDemand(r: DemandRow): PublicDemand {
  return {
    id: r.id,
    title: r.title,
    categoryId: r.category_id,
    description: r.description,
    quantity: r.quantity,
    unit: r.unit,
    tolerancePct: r.tolerance_pct,
    deliveries: r.deliveries.map((d) => ({ from: d.from, to: d.to, quantity: d.quantity })),
    province: r.province,
    requirements: {
      ...(r.requirements.ocopMinStars !== undefined && { ocopMinStars: r.requirements.ocopMinStars }),
      ...(r.requirements.certificates && { certificates: r.requirements.certificates }),
    },
    priceRange: r.price_min !== null && r.price_max !== null ? { min: r.price_min, max: r.price_max } : null,
    respondBy: r.respond_by.toISOString(),
    status: r.status,
    awardedQuantity: r.awarded_quantity,
    offerCount: r.offer_count,
    buyer: { organisationName: r.org_name, kind: r.org_kind, province: r.org_province, verified: true },
    createdAt: r.created_at.toISOString(),
  };
}

/** Who reads an offer: the buyer sees the stall's contacts, the stall the buyer's (both only after a shortlist). */
export type OfferViewer = "buyer" | "stall";

const contactsOf = (c: Contacts | null): Contacts | null =>
  c && { name: c.name, phone: c.phone ?? null, email: c.email ?? null, address: c.address ?? null };

/** An offer for one side of the deal; the other side's contacts only once shortlisted. */
export function presentOffer(r: OfferRow, viewer: OfferViewer): Offer {
  return {
    id: r.id,
    demandId: r.demand_id,
    stall: { id: r.stall.id, name: r.stall.name, slug: r.stall.slug, province: r.stall.province },
    quantity: r.quantity,
    unitPrice: r.unit_price,
    deliveries: r.deliveries.map((d) => ({ from: d.from, to: d.to, quantity: d.quantity })),
    message: r.message,
    status: r.status,
    awardedQuantity: r.awarded_quantity,
    declineReason: r.decline_reason,
    rounds: r.rounds.map((x) => ({
      round: x.round,
      by: x.by,
      unitPrice: x.unitPrice,
      quantity: x.quantity,
      message: x.message,
      createdAt: new Date(x.createdAt).toISOString(),
    })),
    contacts: contactsOf(viewer === "buyer" ? r.stall_contacts : r.buyer_contacts),
    product: r.product && { id: r.product.id, name: r.product.name, slug: r.product.slug, unit: r.product.unit },
    orderIds: r.order_ids,
    createdAt: r.created_at.toISOString(),
  };
}
