import type { BusinessType } from "../../modules/stalls/stall.entity";
import type { Random } from "./random";

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Võ",
  "Phan",
  "Đặng",
  "Hồ",
  "Ngô",
  "Dương",
  "Bùi",
  "Đỗ",
  "Hà",
  "Trương",
  "Lương",
  "Mai",
  "Đoàn",
];
const FEMALE = {
  middle: ["Thị", "Ngọc", "Thu", "Thanh", "Bảo", "Khánh", "Minh", "Hồng"],
  given: [
    "Mận",
    "Hoa",
    "Lan",
    "Hương",
    "Trang",
    "Thảo",
    "Linh",
    "Vy",
    "My",
    "Hạnh",
    "Phương",
    "Nhung",
    "Yến",
    "Giang",
    "Ngân",
    "Nhi",
    "Quyên",
    "Tâm",
  ],
};
const MALE = {
  middle: ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Gia", "Công"],
  given: [
    "Hùng",
    "Nam",
    "Long",
    "Quân",
    "Hiếu",
    "Phúc",
    "Sơn",
    "Tuấn",
    "Khoa",
    "Bình",
    "Dũng",
    "Trung",
    "Phong",
    "Huy",
    "Lộc",
    "Tài",
    "Vinh",
    "Thắng",
  ],
};
const ELDERS = ["Tư", "Sáu", "Ba", "Năm", "Út", "Hai", "Bảy", "Tám"];
const TAILS = ["Hữu Cơ", "Sạch", "Xanh", "Quê Nhà", "Thuần Việt", "Farm", "Organic", "Đặc Sản", "Mộc", "Nguyên Chất"];
const PAST_JOBS = [
  "làm kế toán ở TP. Hồ Chí Minh",
  "làm công nhân ở Bình Dương",
  "làm cho một công ty thực phẩm ở Huế",
  "làm nhân viên văn phòng ở Đà Nẵng",
  "đi xuất khẩu lao động ở Nhật Bản",
  "làm hướng dẫn viên du lịch ở Phong Nha",
  "làm kỹ thuật viên nông nghiệp ở Đà Lạt",
  "bán hàng online ở Hà Nội",
  "làm kỹ sư xây dựng",
  "làm giáo viên hợp đồng",
];
const MISSIONS = [
  "Hiện cơ sở tạo việc làm thường xuyên cho {k} lao động địa phương, phần lớn là phụ nữ.",
  "Toàn bộ sản phẩm làm theo hướng hữu cơ, không chất bảo quản và có mã QR truy xuất nguồn gốc.",
  "Dự án từng đoạt giải trong cuộc thi khởi nghiệp do Tỉnh đoàn tổ chức năm {y}.",
  "{P} mong muốn đưa đặc sản {place} đến gần hơn với người tiêu dùng cả nước.",
  "Cơ sở liên kết với {k} hộ dân trong vùng và thu mua với giá ổn định quanh năm.",
  "Mỗi đơn hàng đều được đóng gói cẩn thận và gửi đi trong vòng 24 giờ.",
];
const TAGLINES = [
  "sạch từ nông trại đến bàn ăn",
  "đặc sản quê nhà, làm bằng cả tấm lòng",
  "nhỏ mà chất, làm thật bán thật",
  "của người trẻ {place}",
];

/** The founder of a stall: owner account name, phone and birth year. */
export interface Founder {
  fullName: string;
  given: string;
  female: boolean;
  birthYear: number;
  phone: string;
}

/** A young founder: born 1990–2006, most under 35. */
export function makeFounder(rng: Random): Founder {
  const female = rng.chance(0.55);
  const pool = female ? FEMALE : MALE;
  const given = rng.pick(pool.given);
  // Weighted toward the mid-1990s to early 2000s, like the union's startup programmes.
  const birthYear = rng.chance(0.8) ? rng.int(1993, 2003) : rng.pick([1990, 1991, 1992, 2004, 2005, 2006]);
  return {
    fullName: `${rng.pick(FAMILY)} ${rng.pick(pool.middle)} ${given}`,
    given,
    female,
    birthYear,
    phone: vietnamesePhone(rng),
  };
}

/** A valid Vietnamese mobile number (`0[35789]` + 8 digits, real carrier prefixes). */
export function vietnamesePhone(rng: Random): string {
  const prefix = rng.pick([
    "032",
    "033",
    "034",
    "035",
    "036",
    "037",
    "038",
    "039",
    "056",
    "058",
    "070",
    "076",
    "077",
    "078",
    "079",
    "081",
    "083",
    "084",
    "085",
    "086",
    "088",
    "089",
    "090",
    "091",
    "093",
    "094",
    "096",
    "097",
    "098",
  ]);
  return prefix + String(rng.int(0, 9_999_999)).padStart(7, "0");
}

/** The business type mix of the youth market: mostly households and individuals, then cooperatives and companies. */
export function pickBusinessType(rng: Random): BusinessType {
  return rng.weighted(
    ["household", "individual", "cooperative", "company"] as const,
    (t) => ({ household: 40, individual: 25, cooperative: 20, company: 15 })[t],
  );
}

/** A stall name from its line label, place and founder: "Hồ tiêu Cam Lộ Nhà Mận", "HTX Mật ong Hướng Hóa" … */
export function makeStallName(
  rng: Random,
  o: { label: string; place: string; founder: Founder; type: BusinessType; central: boolean },
): string {
  const { label, place, founder } = o;
  // "O" (aunt) and "Mệ" (grandmother) are how central Vietnam says it; stalls there are often named after the elder whose recipe it is.
  const titles = founder.female ? ["Bà", "Cô", "Dì", ...(o.central ? ["O", "Mệ"] : [])] : ["Chú", "Ông", "Bác"];
  switch (o.type) {
    case "cooperative":
      return rng.pick([`HTX ${label} ${place}`, `HTX ${label} ${place} ${rng.pick(TAILS)}`, `Hợp tác xã ${label} ${place}`]);
    case "household":
      return rng.pick([
        `${label} ${place} Nhà ${founder.given}`,
        `${label} ${place} ${rng.pick(titles)} ${rng.pick(ELDERS)}`,
        `${label} ${place} ${rng.pick(TAILS)}`,
      ]);
    case "company":
      return rng.pick([`${label} ${place} ${rng.pick(TAILS)}`, `${place} ${rng.pick(["Farm", "Foods", "Organic", "Xanh"])}`]);
    case "individual":
      return rng.pick([`${label} ${place} ${rng.pick(TAILS)}`, `${label} ${place} ${founder.given}`, `${label} ${place}`]);
  }
}

/** A few sentences about who started the stall and why, in Vietnamese. */
export function makeStory(
  rng: Random,
  o: { founder: Founder; type: BusinessType; place: string; hook: string; startYear: number; resoldIn?: string; label: string },
): string {
  const { founder, place } = o;
  const p = founder.female ? "chị" : "anh";
  const P = founder.female ? "Chị" : "Anh";
  const hook = o.hook.replace("{place}", place);
  const years = Math.min(8, Math.max(1, o.startYear - founder.birthYear - 20));
  const job = rng.pick(PAST_JOBS);
  const first = o.resoldIn
    ? `${P} ${founder.fullName} sinh năm ${founder.birthYear}, quê ở ${place}. Sau ${years} năm ${job}, ${p} mở cửa hàng ở ${o.resoldIn} để đưa ${o.label.charAt(0).toLowerCase() + o.label.slice(1)} ${place} quê nhà đến với khách thành phố từ năm ${o.startYear}.`
    : o.type === "cooperative"
      ? `HTX được ${rng.int(5, 15)} thanh niên ở ${place} thành lập năm ${o.startYear}, do ${p} ${founder.fullName} (sinh năm ${founder.birthYear}) làm giám đốc. Mục tiêu của HTX là ${hook}.`
      : o.type === "company"
        ? `${P} ${founder.fullName} sinh năm ${founder.birthYear}, lập công ty năm ${o.startYear} sau ${years} năm ${job}. Công ty ra đời để ${hook}.`
        : `${P} ${founder.fullName} sinh năm ${founder.birthYear} ở ${place}. Sau ${years} năm ${job}, ${p} về quê ${hook} từ năm ${o.startYear}.`;
  const missions = rng.sample(MISSIONS, rng.int(1, 2)).map((m) =>
    m
      .replace("{k}", String(rng.int(4, 30)))
      .replace("{y}", String(rng.int(Math.max(o.startYear, 2019), Math.max(o.startYear, 2025))))
      .replace("{P}", P)
      .replace("{place}", place),
  );
  return [first, ...missions].join(" ");
}

/** A one-line description for some stalls (null for the rest, as sellers often leave it empty). */
export function makeTagline(rng: Random, stallName: string, place: string): string | null {
  return rng.chance(0.5) ? `${stallName} – ${rng.pick(TAGLINES).replace("{place}", place)}.` : null;
}

/** A street address in the two-tier form: "Thôn 3, xã Hướng Phùng, Quảng Trị". */
export function makeAddress(rng: Random, unit: string, provinceName: string): string {
  const street = rng.pick([
    "Lê Duẩn",
    "Hùng Vương",
    "Trần Hưng Đạo",
    "Lý Thường Kiệt",
    "Nguyễn Huệ",
    "Quang Trung",
    "Hai Bà Trưng",
    "Lê Lợi",
  ]);
  const first = unit.startsWith("phường")
    ? rng.chance(0.7)
      ? `Số ${rng.int(1, 250)} ${street}`
      : `Tổ dân phố ${rng.int(1, 9)}`
    : `Thôn ${rng.int(1, 12)}`;
  return `${first}, ${unit}, ${provinceName}`;
}
