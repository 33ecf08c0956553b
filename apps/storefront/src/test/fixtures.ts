import type { Cart, MyDemand, Offer, ProductCard, ProductList, User } from "@chophien/contracts";

/** Test data typed by the contract, so a change in the API's shape breaks these tests at compile time. */
export const user: User = {
  id: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  email: "lan@example.vn",
  fullName: "Nguyễn Thị Lan",
  phone: null,
  phoneE164: null,
  role: "shopper",
  createdAt: "2026-01-02T03:04:05.000Z",
};

type Line = Cart["groups"][number]["lines"][number];
export const line = (over: Partial<Line> = {}): Line => ({
  productId: "11111111-1111-4111-8111-111111111111",
  slug: "ca-phe-khe-sanh",
  name: "Cà phê Khe Sanh rang mộc",
  unit: "gói 500g",
  thumbnail: null,
  unitPrice: 120000,
  addedPrice: 120000,
  quantity: 2,
  stock: 40,
  lineTotal: 240000,
  issues: [],
  ...over,
});

const stall = (name: string, id: string, slug: string) => ({
  id,
  slug,
  name,
  province: { slug: "quang-tri", name: "Quảng Trị" },
});

/** Two stalls: coffee (two lines, one with a changed price) and fish sauce (sold out). */
export function cartWithTwoStalls(): Cart {
  return {
    groups: [
      {
        stall: stall("HTX Cà phê Hướng Hóa", "22222222-2222-4222-8222-222222222222", "htx-ca-phe-huong-hoa"),
        lines: [
          line(),
          line({
            productId: "33333333-3333-4333-8333-333333333333",
            slug: "ho-tieu-cam-lo",
            name: "Hồ tiêu Cam Lộ",
            unit: "hũ 200g",
            unitPrice: 95000,
            addedPrice: 85000,
            quantity: 1,
            lineTotal: 95000,
            issues: ["price_changed"],
          }),
        ],
        subtotal: 335000,
        shippingFee: 35000,
      },
      {
        stall: stall("Nước mắm Cửa Việt Bà Lý", "44444444-4444-4444-8444-444444444444", "nuoc-mam-cua-viet"),
        lines: [
          line({
            productId: "55555555-5555-4555-8555-555555555555",
            slug: "nuoc-mam-cua-viet",
            name: "Nước mắm Cửa Việt 40 độ đạm",
            unit: "chai 500ml",
            unitPrice: 150000,
            addedPrice: 150000,
            quantity: 1,
            stock: 0,
            lineTotal: 150000,
            issues: ["out_of_stock"],
          }),
        ],
        subtotal: 150000,
        shippingFee: 35000,
      },
    ],
    itemCount: 4,
    subtotal: 485000,
    shippingTotal: 70000,
    grandTotal: 555000,
    shippingProvince: null,
    needsAttention: true,
  };
}

/** A clean one-stall cart: 2 × 120.000 ₫ coffee, shipping 35.000 ₫ (20.000 ₫ within Quảng Trị). */
export function simpleCart(province?: string): Cart {
  const fee = province === "quang-tri" ? 20000 : 35000;
  return {
    groups: [
      {
        stall: stall("HTX Cà phê Hướng Hóa", "22222222-2222-4222-8222-222222222222", "htx-ca-phe-huong-hoa"),
        lines: [line()],
        subtotal: 240000,
        shippingFee: fee,
      },
    ],
    itemCount: 2,
    subtotal: 240000,
    shippingTotal: fee,
    grandTotal: 240000 + fee,
    shippingProvince: province ?? null,
    needsAttention: false,
  };
}

export const card = (over: Partial<ProductCard> = {}): ProductCard => ({
  id: "66666666-6666-4666-8666-666666666666",
  slug: "ca-phe-khe-sanh",
  name: "Cà phê Khe Sanh rang mộc",
  price: 120000,
  compareAtPrice: null,
  unit: "gói 500g",
  inStock: true,
  ocopStars: 4,
  thumbnail: null,
  province: { slug: "quang-tri", name: "Quảng Trị" },
  stall: { slug: "htx-ca-phe-huong-hoa", name: "HTX Cà phê Hướng Hóa" },
  ratingAvg: 4.5,
  ratingCount: 12,
  soldCount: 0,
  ...over,
});

export function productList(items: ProductCard[] = [card()]): ProductList {
  return {
    items,
    total: items.length,
    page: 1,
    limit: 24,
    facets: {
      categories: [
        { value: "ca-phe", label: "Cà phê", count: 68 },
        { value: "ho-tieu", label: "Hồ tiêu", count: 12 },
      ],
      provinces: [
        { value: "quang-tri", label: "Quảng Trị", count: 42 },
        { value: "dak-lak", label: "Đắk Lắk", count: 22 },
      ],
      ocopStars: [
        { value: "5", label: "5★", count: 1 },
        { value: "4", label: "4★", count: 2 },
        { value: "3", label: "3★", count: 10 },
      ],
    },
  };
}

export const DEMAND_ID = "22222222-2222-4222-8222-222222222222";
export const OFFER_ID = "33333333-3333-4333-8333-333333333333";
/** A round of an offer's negotiation. */
export const offerRound = (n: number, by: "stall" | "buyer", unitPrice: number) => ({
  round: n,
  by,
  unitPrice,
  quantity: 800,
  message: n === 1 ? "Rang mộc, giao hai đợt" : "Giá này được không?",
  createdAt: "2026-06-10T03:00:00.000Z",
});
/** A stall's shortlisted offer with its contacts. */
export const offer = (over: Partial<Offer> = {}): Offer => ({
  id: OFFER_ID,
  demandId: DEMAND_ID,
  stall: { id: "s1", name: "Cà phê Tà Cơn Khe Sanh", slug: "ca-phe-ta-con", province: "quang-tri" },
  quantity: 800,
  unitPrice: 185_000,
  deliveries: [],
  message: "Rang mộc, giao hai đợt",
  status: "shortlisted",
  awardedQuantity: null,
  declineReason: null,
  rounds: [offerRound(1, "stall", 185_000)],
  contacts: { name: "Cà phê Tà Cơn Khe Sanh", phone: "0912345678", email: "tacon@example.vn", address: "Thôn Tà Cơn, Khe Sanh" },
  product: null,
  orderIds: [],
  createdAt: "2026-06-10T03:00:00.000Z",
  ...over,
});
/** My awarded demand (600 of 1000 kg ± 5 % awarded) holding the offer `o`. */
export const myDemand = (o: Offer, over: Partial<MyDemand> = {}): MyDemand => ({
  id: DEMAND_ID,
  title: "Thu mua cà phê rang mộc",
  categoryId: null,
  description: "Cà phê Robusta rang mộc, gói 500 g.",
  quantity: 1000,
  unit: "kg",
  tolerancePct: 5,
  deliveries: [],
  province: "quang-tri",
  requirements: {},
  priceRange: null,
  respondBy: "2026-06-20T10:00:00.000Z",
  status: "awarded",
  awardedQuantity: 600,
  offerCount: 2,
  buyer: { organisationName: "Siêu thị Hòa Bình", kind: "retailer", province: "quang-tri", verified: true },
  createdAt: "2026-06-01T03:00:00.000Z",
  offers: [o],
  ...over,
});
