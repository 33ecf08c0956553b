import type {
  AuthResponse,
  CategoryTree,
  CreateOcopCertificateRequest,
  CreateProductRequest,
  CreateStallRequest,
  SellerProduct,
  Stall,
  StallOrder,
} from "@chophien/contracts";
import sharp from "sharp";

/** Calls the API as a client would (JSON, bearer token); throws with the body on any non-2xx. */
async function call<T>(
  base: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown; form?: FormData } = {},
) {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(`${base}/api${path}`, {
    method: init.method ?? (init.body !== undefined || init.form ? "POST" : "GET"),
    headers,
    body: init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? "POST"} ${path} → ${res.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A product photo drawn for the test: a kraft coffee bag on a warm background, as a 1200×1200 JPEG. */
export function coffeeBagPhoto(label: string, brand = "KHE SANH"): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1200" viewBox="0 0 1200 1200">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f3e3c3"/><stop offset="1" stop-color="#d9b98a"/></linearGradient>
  <linearGradient id="bag" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#a8794a"/><stop offset=".5" stop-color="#c4955f"/><stop offset="1" stop-color="#9b6c3f"/></linearGradient></defs>
  <rect width="1200" height="1200" fill="url(#bg)"/>
  <ellipse cx="600" cy="1040" rx="330" ry="40" fill="#000" opacity=".15"/>
  <path d="M340 300 L860 300 L900 1030 L300 1030 Z" fill="url(#bag)"/>
  <path d="M340 300 L380 230 L820 230 L860 300 Z" fill="#8a5d33"/>
  <rect x="400" y="470" width="400" height="330" rx="24" fill="#fbf4e6"/>
  <rect x="400" y="470" width="400" height="70" rx="24" fill="#1f6f43"/>
  <text x="600" y="518" font-family="DejaVu Sans, sans-serif" font-size="34" font-weight="700" fill="#fff" text-anchor="middle">${brand}</text>
  <text x="600" y="640" font-family="DejaVu Sans, sans-serif" font-size="60" font-weight="700" fill="#3b2612" text-anchor="middle">${label}</text>
  <text x="600" y="720" font-family="DejaVu Sans, sans-serif" font-size="30" fill="#6b4a2b" text-anchor="middle">Robusta · 500g</text>
  <circle cx="820" cy="880" r="70" fill="#f2c14e"/><text x="820" y="895" font-family="DejaVu Sans, sans-serif" font-size="40" font-weight="700" fill="#4a3300" text-anchor="middle">5★</text>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

export interface SeededMarket {
  stall: Stall;
  product: SellerProduct;
  /** The founder's bearer token, to act as the seller (confirm, ship, deliver). */
  sellerToken: string;
}

interface StallSpec {
  seller: { email: string; password: string; fullName: string };
  stall: CreateStallRequest;
  categorySlug: string;
  product: Omit<CreateProductRequest, "categoryId">;
  photo: { label: string; brand: string; file: string };
  /** A verified OCOP certificate for the product (submitted by the seller, verified by the admin). */
  certificate?: Omit<CreateOcopCertificateRequest, "productIds">;
}

/**
 * A stall made the way people make it: a founder registers and applies for a stall, the admin approves it, the
 * founder lists a product with a photo.
 */
async function seedStall(base: string, adminLogin: { email: string; password: string }, spec: StallSpec): Promise<SeededMarket> {
  const seller = await call<AuthResponse>(base, "/auth/register", { body: spec.seller });
  const { stall: applied } = await call<{ stall: Stall }>(base, "/stalls", { token: seller.accessToken, body: spec.stall });
  const adminAuth = await call<AuthResponse>(base, "/auth/login", { body: adminLogin });
  await call(base, `/admin/stalls/${applied.id}/approve`, { token: adminAuth.accessToken, method: "POST" });

  const { items } = await call<CategoryTree>(base, "/categories");
  const category = items.flatMap((c) => [c, ...c.children]).find((c) => c.slug === spec.categorySlug);
  if (!category) throw new Error(`No '${spec.categorySlug}' category: the API's demo seed provides the categories`);

  const body: CreateProductRequest = { ...spec.product, categoryId: category.id };
  const { product } = await call<{ product: SellerProduct }>(base, "/seller/products", { token: seller.accessToken, body });
  const form = new FormData();
  const photo = await coffeeBagPhoto(spec.photo.label, spec.photo.brand);
  form.append("image", new Blob([new Uint8Array(photo)], { type: "image/jpeg" }), spec.photo.file);
  await call(base, `/seller/products/${product.id}/images`, { token: seller.accessToken, form });
  if (spec.certificate) {
    // Stars come only from a certificate an admin verified.
    const { certificate } = await call<{ certificate: { id: string } }>(base, "/seller/ocop-certificates", {
      token: seller.accessToken,
      body: { ...spec.certificate, productIds: [product.id] },
    });
    await call(base, `/admin/ocop-certificates/${certificate.id}/verify`, {
      token: adminAuth.accessToken,
      method: "POST",
      body: {},
    });
  }
  const { stall } = await call<{ stall: Stall }>(base, "/me/stall", { token: seller.accessToken });
  return { stall, product, sellerToken: seller.accessToken };
}

/** The journey's first stall: a young Vân Kiều founder's 5-star OCOP coffee from Khe Sanh, Quảng Trị. */
export function seedCoffeeStall(base: string, adminLogin: { email: string; password: string }): Promise<SeededMarket> {
  return seedStall(base, adminLogin, {
    seller: { email: "tacon.coffee@e2e.chophien.test", password: "seller-password", fullName: "Hồ Văn Tà Cơn" },
    stall: {
      name: "Cà phê Tà Cơn Khe Sanh",
      story:
        "Anh Hồ Văn Tà Cơn, người Vân Kiều sinh năm 1997, về lại Khe Sanh sau bốn năm làm thợ rang ở Đà Lạt. Anh thu mua cà phê chín đỏ của 30 hộ đồng bào, phơi trên giàn và rang mộc theo từng mẻ nhỏ.",
      province: "quang-tri",
      address: "Thôn Tà Cơn, xã Khe Sanh, Quảng Trị",
      phone: "0912345678",
      businessType: "household",
    },
    categorySlug: "ca-phe",
    certificate: {
      regime: "148-2023",
      productGroup: "food",
      stars: 5,
      score: 92,
      issuingLevel: "central",
      issuingAuthority: "Bộ Nông nghiệp và Môi trường",
      decisionNo: "OCOP-QT-2025-0112",
      decisionDate: "2025-04-18",
    },
    product: {
      name: "Cà phê Khe Sanh rang mộc Tà Cơn",
      description:
        "Robusta Khe Sanh hái chín đỏ, **phơi giàn** và rang mộc: không tẩm bơ, không hương liệu.\n\nVị đắng đậm, hậu ngọt, hợp pha phin.",
      price: 185_000,
      compareAtPrice: 210_000,
      unit: "gói 500g",
      weightGrams: 520,
      stock: 40,
      status: "active",
      originProvince: "quang-tri",
    },
    photo: { label: "Tà Cơn", brand: "KHE SANH", file: "ta-con.jpg" },
  });
}

/** The journey's second stall: a beekeeping cooperative's coffee-blossom honey from Buôn Ma Thuột, Đắk Lắk. */
export function seedHoneyStall(base: string, adminLogin: { email: string; password: string }): Promise<SeededMarket> {
  return seedStall(base, adminLogin, {
    seller: { email: "hhen.honey@e2e.chophien.test", password: "seller-password", fullName: "H'Hen Niê" },
    stall: {
      name: "Mật ong H'Hen Buôn Ma Thuột",
      story:
        "Chị H'Hen Niê cùng 12 hộ trong buôn đặt thùng ong giữa vườn cà phê. Mỗi mùa hoa tháng Ba, đàn ong cho mẻ mật hoa cà phê thơm nhẹ, được quay tay và lọc lạnh.",
      province: "dak-lak",
      address: "Buôn Kô Sier, phường Tân Lợi, Buôn Ma Thuột, Đắk Lắk",
      phone: "0934567890",
      businessType: "cooperative",
    },
    categorySlug: "mat-ong",
    certificate: {
      regime: "148-2023",
      productGroup: "food",
      stars: 4,
      score: 76,
      issuingLevel: "province",
      issuingAuthority: "UBND tỉnh Đắk Lắk",
      decisionNo: "OCOP-DL-2024-0318",
      decisionDate: "2024-09-20",
    },
    product: {
      name: "Mật ong hoa cà phê Buôn Kô Sier",
      description: "Mật ong từ **hoa cà phê** mùa tháng Ba, quay tay và lọc lạnh, không pha đường.",
      price: 160_000,
      unit: "chai 500ml",
      weightGrams: 700,
      stock: 25,
      status: "active",
      originProvince: "dak-lak",
    },
    photo: { label: "Mật ong", brand: "BUÔN KÔ SIER", file: "hhen.jpg" },
  });
}

/** The seller's side of a parcel's life: confirm, hand to the courier with a tracking number, mark delivered. */
export async function deliverStallOrder(base: string, sellerToken: string, orderCode: string): Promise<void> {
  const { items } = await call<{ items: StallOrder[] }>(base, "/seller/orders", { token: sellerToken });
  const part = items.find((o) => o.orderCode === orderCode);
  if (!part) throw new Error(`The seller has no part of order ${orderCode}`);
  await call(base, `/seller/orders/${part.id}/confirm`, { token: sellerToken, body: {} });
  await call(base, `/seller/orders/${part.id}/ship`, {
    token: sellerToken,
    body: { carrier: "Viettel Post", trackingNumber: "VTP2611280042" },
  });
  await call(base, `/seller/orders/${part.id}/deliver`, { token: sellerToken, body: {} });
}
