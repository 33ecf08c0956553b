import type { Offer, PublicDemand } from "@chophien/contracts";

// Test data for the supply–demand screens (tests only).
export const DEMAND_ID = "44444444-4444-4444-8444-444444444444";
export const OFFER_ID = "55555555-5555-4555-8555-555555555555";

export const demand = (over: Partial<PublicDemand> = {}): PublicDemand => ({
  id: DEMAND_ID,
  title: "Thu mua cà phê rang xay Khe Sanh cho chuỗi siêu thị",
  categoryId: null,
  description: "Chuỗi 14 siêu thị cần cà phê rang xay đóng gói 500 g.",
  quantity: 1200,
  unit: "kg",
  tolerancePct: 10,
  deliveries: [{ from: "2027-01-05", to: "2027-01-10", quantity: 400 }],
  province: "quang-tri",
  requirements: { ocopMinStars: 4 },
  priceRange: { min: 180000, max: 240000 },
  // 17:00 on 20/01/2027 in GMT+7.
  respondBy: "2027-01-20T10:00:00.000Z",
  status: "open",
  awardedQuantity: 0,
  offerCount: 2,
  buyer: { organisationName: "Chuỗi siêu thị Hòa Bình", kind: "retailer", province: "quang-tri", verified: true },
  createdAt: "2026-12-01T00:00:00.000Z",
  ...over,
});

export const offer = (over: Partial<Offer> = {}): Offer => ({
  id: OFFER_ID,
  demandId: DEMAND_ID,
  stall: { id: "22222222-2222-4222-8222-222222222222", name: "Cà phê Khe Sanh", slug: "ca-phe-khe-sanh", province: "quang-tri" },
  quantity: 500,
  unitPrice: 210000,
  deliveries: [],
  message: "Rang mộc, đóng gói 500 g",
  status: "open",
  awardedQuantity: null,
  declineReason: null,
  rounds: [
    {
      round: 1,
      by: "stall",
      unitPrice: 210000,
      quantity: 500,
      message: "Rang mộc, đóng gói 500 g",
      createdAt: "2026-12-02T01:00:00.000Z",
    },
  ],
  contacts: null,
  product: null,
  orderIds: [],
  createdAt: "2026-12-02T01:00:00.000Z",
  ...over,
});
