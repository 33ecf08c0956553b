/**
 * Where the demo stalls are and what each place is known for. Quảng Trị (with former Quảng Bình) comes first,
 * as on the youth union's channel the project is modelled on; the rest are real specialities of other provinces.
 * Place names follow the two-tier units in force since 2025-07-01 (province + commune/ward).
 */

/** A line of products made at some places of a province; `origin` marks a city stall reselling another province's goods. */
export interface LineSpot {
  line: string;
  places: readonly string[];
  weight: number;
  /** Province slug the goods come from, when not the stall's own. */
  origin?: string;
}

/** A province as the seed uses it: how many stalls it gets, its wards, what its stalls sell. */
export interface ProvinceProfile {
  slug: string;
  /** Share of stalls, in percent. */
  weight: number;
  /** Places addressed as wards (phường); everything else is a commune (xã) or a special zone. */
  towns: readonly string[];
  spots: readonly LineSpot[];
}

/** Island communes became special zones (đặc khu) in 2025. */
export const SPECIAL_ZONES: ReadonlySet<string> = new Set([
  "Cồn Cỏ",
  "Phú Quốc",
  "Vân Đồn",
  "Cô Tô",
  "Côn Đảo",
  "Phú Quý",
  "Lý Sơn",
]);

const spot = (line: string, weight: number, places: string[], origin?: string): LineSpot => ({
  line,
  weight,
  places,
  ...(origin ? { origin } : {}),
});

/** Every province with demo stalls; weights add up to 100. */
export const PROVINCE_PROFILES: readonly ProvinceProfile[] = [
  {
    slug: "quang-tri",
    weight: 45,
    towns: ["Đông Hà", "Nam Đông Hà", "Đồng Hới", "Quảng Trị", "Ba Đồn"],
    spots: [
      spot("ca-phe", 14, ["Khe Sanh", "Hướng Hóa", "Hướng Phùng"]),
      spot("ho-tieu", 12, ["Cam Lộ", "Gio Linh", "Vĩnh Linh"]),
      spot("nuoc-mam", 10, ["Cửa Việt", "Cửa Tùng", "Gio Hải", "Nhật Lệ"]),
      spot("mat-ong", 8, ["Hướng Hóa", "Đakrông", "Phong Nha", "Khe Sanh"]),
      spot("gao", 8, ["Triệu Phong", "Hải Lăng", "Lệ Thủy"]),
      spot("tra-thao-moc", 7, ["Hải Lăng", "Triệu Phong", "Cam Lộ", "Đakrông"]),
      spot("tinh-dau", 6, ["Hải Lăng", "Gio Linh", "Vĩnh Linh", "Triệu Phong"]),
      spot("hai-san-kho", 7, ["Cửa Tùng", "Cửa Việt", "Cồn Cỏ", "Đồng Hới"]),
      spot("duoc-lieu", 5, ["Đakrông", "Hướng Hóa", "Phong Nha"]),
      spot("say", 5, ["Hải Lăng", "Lệ Thủy", "Vĩnh Linh"]),
      spot("mam-ruoc", 4, ["Cửa Việt", "Đồng Hới", "Cửa Tùng"]),
      spot("ngu-coc", 4, ["Cam Lộ", "Gio Linh", "Lệ Thủy"]),
      spot("bun-mien", 2, ["Cam Lộ", "Lệ Thủy"]),
      spot("may-tre", 3, ["Triệu Phong", "Hải Lăng", "Cam Lộ"]),
      spot("tho-cam", 3, ["Hướng Hóa", "Đakrông", "Lao Bảo"]),
      spot("qua-tang", 4, ["Đông Hà", "Đồng Hới", "Quảng Trị"]),
    ],
  },
  {
    slug: "dak-lak",
    weight: 5,
    towns: ["Buôn Ma Thuột", "Tuy Hòa"],
    spots: [
      spot("ca-phe", 10, ["Buôn Ma Thuột", "Krông Pắc", "Cư M'gar", "Ea H'leo"]),
      spot("mat-ong", 4, ["Krông Năng", "Ea Kar"]),
      spot("ho-tieu", 4, ["Cư Kuin", "Ea H'leo"]),
      spot("hai-san-kho", 2, ["Sông Cầu"]),
    ],
  },
  {
    slug: "lam-dong",
    weight: 5,
    towns: ["Đà Lạt", "Bảo Lộc", "Phan Thiết"],
    spots: [
      spot("ca-phe", 6, ["Cầu Đất", "Lạc Dương", "Di Linh"]),
      spot("che", 4, ["Bảo Lộc", "Cầu Đất"]),
      spot("say", 4, ["Đà Lạt"]),
      spot("tra-thao-moc", 3, ["Đà Lạt"]),
      spot("duoc-lieu", 2, ["Đà Lạt"]),
      spot("nuoc-mam", 3, ["Phan Thiết"]),
      spot("hai-san-kho", 2, ["Phan Thiết", "Phú Quý"]),
      spot("ho-tieu", 2, ["Đắk Song"]),
    ],
  },
  {
    slug: "ho-chi-minh",
    weight: 5,
    towns: ["Sài Gòn", "Bến Thành", "Thủ Đức", "Gia Định", "Vũng Tàu"],
    spots: [
      spot("ca-phe", 4, ["Khe Sanh", "Hướng Hóa"], "quang-tri"),
      spot("ca-phe", 3, ["Buôn Ma Thuột"], "dak-lak"),
      spot("nuoc-mam", 2, ["Phú Quốc"], "an-giang"),
      spot("ho-tieu", 2, ["Cam Lộ"], "quang-tri"),
      spot("mat-ong", 2, ["U Minh"], "ca-mau"),
      spot("qua-tang", 4, ["Sài Gòn"]),
      spot("hai-san-kho", 3, ["Vũng Tàu", "Côn Đảo"]),
    ],
  },
  {
    slug: "ha-noi",
    weight: 4,
    towns: ["Hoàn Kiếm", "Tây Hồ", "Ba Đình", "Cầu Giấy"],
    spots: [
      spot("gom", 4, ["Bát Tràng"]),
      spot("may-tre", 3, ["Phú Vinh", "Chương Mỹ"]),
      spot("banh-keo", 2, ["Tây Hồ"]),
      spot("go", 2, ["Chàng Sơn"]),
      spot("qua-tang", 3, ["Hà Nội"]),
      spot("ca-phe", 2, ["Khe Sanh"], "quang-tri"),
      spot("che", 2, ["Tây Hồ"]),
    ],
  },
  {
    slug: "hue",
    weight: 4,
    towns: ["Thuận Hóa", "Phú Xuân", "Hương Thủy"],
    spots: [
      spot("banh-keo", 3, ["Huế"]),
      spot("tinh-dau", 3, ["Phong Điền", "Lăng Cô"]),
      spot("mam-ruoc", 3, ["Tam Giang"]),
      spot("tra-thao-moc", 3, ["A Lưới", "Huế"]),
      spot("ngu-coc", 2, ["Tịnh Tâm"]),
      spot("tho-cam", 2, ["A Lưới"]),
      spot("qua-tang", 2, ["Huế"]),
    ],
  },
  {
    slug: "gia-lai",
    weight: 3,
    towns: ["Pleiku", "Quy Nhơn"],
    spots: [
      spot("ho-tieu", 5, ["Chư Sê", "Chư Pưh"]),
      spot("ca-phe", 3, ["Pleiku", "Chư Prông"]),
      spot("bun-mien", 2, ["Tam Quan"]),
      spot("mat-ong", 2, ["Kbang"]),
      spot("nuoc-mam", 2, ["Tam Quan"]),
    ],
  },
  {
    slug: "an-giang",
    weight: 3,
    towns: ["Long Xuyên", "Rạch Giá"],
    spots: [
      spot("nuoc-mam", 4, ["Phú Quốc", "Hàm Ninh"]),
      spot("banh-keo", 3, ["Tịnh Biên", "Tri Tôn"]),
      spot("gao-st", 3, ["Thoại Sơn", "Châu Phú"]),
      spot("hai-san-kho", 2, ["Phú Quốc"]),
      spot("ho-tieu", 2, ["Phú Quốc"]),
    ],
  },
  {
    slug: "da-nang",
    weight: 3,
    towns: ["Hải Châu", "Hội An", "Tam Kỳ"],
    spots: [
      spot("duoc-lieu", 3, ["Tiên Phước", "Trà My"]),
      spot("tinh-dau", 2, ["Trà My"]),
      spot("nuoc-mam", 2, ["Nam Ô"]),
      spot("go", 2, ["Kim Bồng"]),
      spot("gom", 2, ["Thanh Hà"]),
    ],
  },
  {
    slug: "khanh-hoa",
    weight: 2,
    towns: ["Nha Trang", "Phan Rang"],
    spots: [
      spot("say", 3, ["Phan Rang", "Ninh Phước"]),
      spot("muoi", 2, ["Cà Ná"]),
      spot("gom", 2, ["Bàu Trúc"]),
      spot("hai-san-kho", 2, ["Nha Trang", "Vạn Ninh"]),
      spot("nuoc-mam", 1, ["Nha Trang"]),
    ],
  },
  {
    slug: "quang-ngai",
    weight: 2,
    towns: ["Cẩm Thành", "Kon Tum"],
    spots: [
      spot("ot-toi", 4, ["Lý Sơn"]),
      spot("muoi", 2, ["Sa Huỳnh"]),
      spot("banh-keo", 2, ["Quảng Ngãi"]),
      spot("mat-ong", 1, ["Kon Plông"]),
    ],
  },
  {
    slug: "nghe-an",
    weight: 2,
    towns: ["Vinh", "Cửa Lò"],
    spots: [
      spot("che", 3, ["Thanh Chương"]),
      spot("nuoc-mam", 2, ["Cửa Hội", "Quỳnh Lưu"]),
      spot("ot-toi", 2, ["Nam Đàn"]),
      spot("gao", 1, ["Yên Thành"]),
    ],
  },
  {
    slug: "ha-tinh",
    weight: 2,
    towns: ["Thành Sen"],
    spots: [spot("banh-keo", 3, ["Hà Tĩnh"]), spot("mat-ong", 2, ["Vũ Quang", "Hương Sơn"]), spot("nuoc-mam", 1, ["Cẩm Nhượng"])],
  },
  {
    slug: "thai-nguyen",
    weight: 2,
    towns: ["Phan Đình Phùng"],
    spots: [spot("che", 5, ["Tân Cương", "Đại Từ"]), spot("bun-mien", 2, ["Na Rì"])],
  },
  {
    slug: "tuyen-quang",
    weight: 2,
    towns: ["Minh Xuân"],
    spots: [spot("che", 3, ["Hoàng Su Phì"]), spot("mat-ong", 2, ["Đồng Văn", "Mèo Vạc"]), spot("tho-cam", 2, ["Lũng Tám"])],
  },
  {
    slug: "lao-cai",
    weight: 2,
    towns: ["Cam Đường", "Sa Pa"],
    spots: [
      spot("tho-cam", 3, ["Sa Pa", "Bắc Hà"]),
      spot("tinh-dau", 2, ["Văn Yên"]),
      spot("say", 2, ["Bắc Hà"]),
      spot("gao", 1, ["Mù Cang Chải"]),
    ],
  },
  {
    slug: "son-la",
    weight: 1,
    towns: ["Tô Hiệu"],
    spots: [spot("ca-phe", 3, ["Chiềng Ban", "Mai Sơn"]), spot("say", 2, ["Mộc Châu"]), spot("che", 2, ["Mộc Châu"])],
  },
  {
    slug: "ca-mau",
    weight: 1,
    towns: ["Tân Thành", "Bạc Liêu"],
    spots: [spot("hai-san-kho", 3, ["Năm Căn", "Rạch Gốc"]), spot("mat-ong", 2, ["U Minh"]), spot("muoi", 1, ["Bạc Liêu"])],
  },
  { slug: "vinh-long", weight: 1, towns: ["Long Châu", "Bến Tre"], spots: [spot("banh-keo", 3, ["Mỏ Cày", "Bến Tre"])] },
  {
    slug: "dong-thap",
    weight: 1,
    towns: ["Cao Lãnh", "Mỹ Tho"],
    spots: [spot("ngu-coc", 2, ["Tháp Mười"]), spot("che", 2, ["Tháp Mười"]), spot("say", 2, ["Cao Lãnh"])],
  },
  {
    slug: "can-tho",
    weight: 1,
    towns: ["Ninh Kiều", "Sóc Trăng"],
    spots: [spot("gao-st", 3, ["Mỹ Xuyên", "Ngã Năm"]), spot("banh-keo", 2, ["Sóc Trăng"])],
  },
  {
    slug: "tay-ninh",
    weight: 1,
    towns: ["Tân Ninh", "Long An"],
    spots: [spot("muoi", 3, ["Gò Dầu", "Tây Ninh"]), spot("bun-mien", 2, ["Trảng Bàng"])],
  },
  {
    slug: "quang-ninh",
    weight: 1,
    towns: ["Hạ Long"],
    spots: [spot("hai-san-kho", 3, ["Vân Đồn", "Cô Tô", "Hạ Long"]), spot("nuoc-mam", 1, ["Cái Rồng"])],
  },
  {
    slug: "thanh-hoa",
    weight: 1,
    towns: ["Hạc Thành", "Sầm Sơn"],
    spots: [spot("nuoc-mam", 2, ["Ba Làng"]), spot("may-tre", 2, ["Nga Sơn"]), spot("mam-ruoc", 1, ["Sầm Sơn"])],
  },
  { slug: "dien-bien", weight: 1, towns: ["Điện Biên Phủ"], spots: [spot("gao", 3, ["Mường Thanh", "Thanh Nưa"])] },
];
