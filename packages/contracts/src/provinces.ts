/**
 * Vietnam's 34 provincial-level units in force since 2025-07-01 (province + commune/ward, no district level),
 * with the former provinces each absorbed, so "Quảng Bình" still finds Quảng Trị. A copy of the project's
 * reference data: nothing outside the repository is read at run time.
 */
export interface Province {
  slug: string;
  name: string;
  kind: "city" | "province";
  formerly: string[];
}

export const PROVINCES: readonly Province[] = [
  { slug: "ha-noi", name: "Hà Nội", kind: "city", formerly: [] },
  { slug: "hue", name: "Huế", kind: "city", formerly: ["Thừa Thiên Huế"] },
  { slug: "hai-phong", name: "Hải Phòng", kind: "city", formerly: ["Hải Dương"] },
  { slug: "da-nang", name: "Đà Nẵng", kind: "city", formerly: ["Quảng Nam"] },
  { slug: "ho-chi-minh", name: "Hồ Chí Minh", kind: "city", formerly: ["Bình Dương", "Bà Rịa - Vũng Tàu"] },
  { slug: "can-tho", name: "Cần Thơ", kind: "city", formerly: ["Sóc Trăng", "Hậu Giang"] },
  { slug: "lai-chau", name: "Lai Châu", kind: "province", formerly: [] },
  { slug: "dien-bien", name: "Điện Biên", kind: "province", formerly: [] },
  { slug: "son-la", name: "Sơn La", kind: "province", formerly: [] },
  { slug: "lang-son", name: "Lạng Sơn", kind: "province", formerly: [] },
  { slug: "cao-bang", name: "Cao Bằng", kind: "province", formerly: [] },
  { slug: "quang-ninh", name: "Quảng Ninh", kind: "province", formerly: [] },
  { slug: "thanh-hoa", name: "Thanh Hóa", kind: "province", formerly: [] },
  { slug: "nghe-an", name: "Nghệ An", kind: "province", formerly: [] },
  { slug: "ha-tinh", name: "Hà Tĩnh", kind: "province", formerly: [] },
  { slug: "tuyen-quang", name: "Tuyên Quang", kind: "province", formerly: ["Hà Giang"] },
  { slug: "lao-cai", name: "Lào Cai", kind: "province", formerly: ["Yên Bái"] },
  { slug: "thai-nguyen", name: "Thái Nguyên", kind: "province", formerly: ["Bắc Kạn"] },
  { slug: "phu-tho", name: "Phú Thọ", kind: "province", formerly: ["Vĩnh Phúc", "Hòa Bình"] },
  { slug: "bac-ninh", name: "Bắc Ninh", kind: "province", formerly: ["Bắc Giang"] },
  { slug: "hung-yen", name: "Hưng Yên", kind: "province", formerly: ["Thái Bình"] },
  { slug: "ninh-binh", name: "Ninh Bình", kind: "province", formerly: ["Hà Nam", "Nam Định"] },
  { slug: "quang-tri", name: "Quảng Trị", kind: "province", formerly: ["Quảng Bình"] },
  { slug: "quang-ngai", name: "Quảng Ngãi", kind: "province", formerly: ["Kon Tum"] },
  { slug: "gia-lai", name: "Gia Lai", kind: "province", formerly: ["Bình Định"] },
  { slug: "khanh-hoa", name: "Khánh Hòa", kind: "province", formerly: ["Ninh Thuận"] },
  { slug: "lam-dong", name: "Lâm Đồng", kind: "province", formerly: ["Đắk Nông", "Bình Thuận"] },
  { slug: "dak-lak", name: "Đắk Lắk", kind: "province", formerly: ["Phú Yên"] },
  { slug: "dong-nai", name: "Đồng Nai", kind: "province", formerly: ["Bình Phước"] },
  { slug: "tay-ninh", name: "Tây Ninh", kind: "province", formerly: ["Long An"] },
  { slug: "vinh-long", name: "Vĩnh Long", kind: "province", formerly: ["Bến Tre", "Trà Vinh"] },
  { slug: "dong-thap", name: "Đồng Tháp", kind: "province", formerly: ["Tiền Giang"] },
  { slug: "ca-mau", name: "Cà Mau", kind: "province", formerly: ["Bạc Liêu"] },
  { slug: "an-giang", name: "An Giang", kind: "province", formerly: ["Kiên Giang"] },
];

/** Province slugs, for z.enum. */
export const PROVINCE_SLUGS = PROVINCES.map((p) => p.slug) as [string, ...string[]];

const bySlug = new Map(PROVINCES.map((p) => [p.slug, p]));
/** The province with this slug, if any. */
export const provinceBySlug = (slug: string): Province | undefined => bySlug.get(slug);
