import type { AdminProduct, CategoryTree, Image, SellerProduct, User } from "@chophien/contracts";
import type { SellerStallOrder } from "@/features/orders/api/types";

/** Test data typed by the contract, so a change in the API's shape breaks these tests at compile time. */
export const seller: User = {
  id: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  email: "nhi@example.vn",
  fullName: "Hoàng Khánh Nhi",
  phone: null,
  phoneE164: null,
  role: "seller",
  createdAt: "2026-01-02T03:04:05.000Z",
};

export const COFFEE = "11111111-1111-4111-8111-111111111111";
export const PEPPER = "22222222-2222-4222-8222-222222222222";

export const categories: CategoryTree = {
  items: [
    {
      id: "33333333-3333-4333-8333-333333333333",
      slug: "do-uong",
      name: "Đồ uống",
      nameEn: "Drinks",
      productCount: 80,
      children: [{ id: COFFEE, slug: "ca-phe", name: "Cà phê", nameEn: "Coffee", productCount: 68, children: [] }],
    },
    {
      id: "44444444-4444-4444-8444-444444444444",
      slug: "gia-vi",
      name: "Gia vị",
      nameEn: "Spices",
      productCount: 40,
      children: [{ id: PEPPER, slug: "ho-tieu", name: "Hồ tiêu", nameEn: "Pepper", productCount: 12, children: [] }],
    },
  ],
};

let n = 0;
/** A stored product photo with its WebP variants. */
export function image(id = `aaaaaaaa-aaaa-4aaa-8aaa-${String(++n).padStart(12, "0")}`): Image {
  return { id, width: 800, height: 800, url: `/media/${id}-800.webp`, variants: [{ width: 320, url: `/media/${id}-320.webp` }] };
}

export const PRODUCT_ID = "55555555-5555-4555-8555-555555555555";

export const product = (over: Partial<SellerProduct> = {}): SellerProduct => ({
  id: PRODUCT_ID,
  slug: "ca-phe-khe-sanh",
  name: "Cà phê Arabica Khe Sanh rang mộc",
  description: "Rang mộc, xay theo yêu cầu.",
  category: { id: COFFEE, slug: "ca-phe", name: "Cà phê", nameEn: "Coffee" },
  price: 120000,
  compareAtPrice: null,
  unit: "gói 500g",
  weightGrams: 520,
  stock: 40,
  status: "active",
  ocop: { stars: 4, certificateNo: "QT-2025-118", year: 2025 },
  originProvince: null,
  gtin: null,
  images: [],
  ratingAvg: 0,
  ratingCount: 0,
  hidden: null,
  createdAt: "2026-11-01T03:00:00.000Z",
  updatedAt: "2026-11-01T03:00:00.000Z",
  ...over,
});

export const ADMIN_ID = "99999999-9999-4999-8999-999999999999";
export const STALL_ID = "77777777-7777-4777-8777-777777777777";

/** A product as an admin moderates it: on sale, public, in an approved stall, unless overridden. */
export const adminProduct = (over: Partial<AdminProduct> = {}): AdminProduct => ({
  id: PRODUCT_ID,
  slug: "ca-phe-khe-sanh",
  name: "Cà phê Arabica Khe Sanh rang mộc",
  category: { id: COFFEE, slug: "ca-phe", name: "Cà phê", nameEn: "Coffee" },
  price: 120000,
  unit: "gói 500g",
  stock: 40,
  status: "active",
  thumbnail: image(),
  stall: { id: STALL_ID, slug: "ca-phe-nha-man", name: "Cà phê Nhà Mận", status: "approved" },
  public: true,
  hidden: null,
  ratingAvg: 4.5,
  ratingCount: 2,
  moderationCount: 0,
  createdAt: "2026-11-01T03:00:00.000Z",
  updatedAt: "2026-11-01T03:00:00.000Z",
  ...over,
});

/** A file as a phone's picker gives it; `bytes` sets its size without allocating that much. */
export function photo(name = "ca-phe.jpg", type = "image/jpeg", bytes = 2048): File {
  const file = new File(["x"], name, { type });
  Object.defineProperty(file, "size", { value: bytes });
  return file;
}

export const ORDER_ID = "66666666-6666-4666-8666-666666666666";

/** A stall order as the seller sees it, confirmed and cash on delivery by default. */
export const stallOrder = (over: Partial<SellerStallOrder> = {}): SellerStallOrder => ({
  id: ORDER_ID,
  orderCode: "CP-20261128-7Q4K",
  stall: { id: "77777777-7777-4777-8777-777777777777", slug: "ca-phe-nha-man", name: "Cà phê Nhà Mận" },
  status: "confirmed",
  subtotal: 240000,
  shippingFee: 20000,
  commission: 13000,
  discount: 0,
  carrier: null,
  trackingNumber: null,
  trackingUrl: null,
  cancelReason: null,
  items: [
    {
      id: "88888888-8888-4888-8888-888888888888",
      productId: PRODUCT_ID,
      productSlug: "ca-phe-khe-sanh",
      name: "Cà phê Arabica Khe Sanh rang mộc",
      unit: "gói 500g",
      unitPrice: 120000,
      quantity: 2,
      lineTotal: 240000,
      discount: 0,
      thumbnail: null,
      reviewed: false,
      traceCode: null,
      batches: [],
    },
  ],
  actions: ["ship", "cancel"],
  createdAt: "2026-11-28T01:00:00.000Z",
  buyer: { fullName: "Nguyễn Thị Lan" },
  shippingAddress: {
    fullName: "Nguyễn Thị Lan",
    phone: "0912345678",
    province: "quang-tri",
    ward: "Phường Đông Hà",
    street: "12 Lê Duẩn",
  },
  note: null,
  payment: { method: "cod", status: "unpaid", amount: 260000, redirectUrl: null },
  timeline: [
    { stallOrderId: ORDER_ID, actor: "buyer", from: null, to: "placed", note: null, at: "2026-11-28T01:00:00.000Z" },
    { stallOrderId: ORDER_ID, actor: "seller", from: "placed", to: "confirmed", note: null, at: "2026-11-28T02:00:00.000Z" },
  ],
  ...over,
});
