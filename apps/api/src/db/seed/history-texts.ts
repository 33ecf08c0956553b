/** Words of the seeded history: reasons, carriers, review texts and replies, as Vietnamese buyers and sellers write them. */

/** Carriers a stall hands parcels to, with how their tracking numbers look. */
export const CARRIERS: readonly { name: string; weight: number; tracking: (digits: string, letters: string) => string }[] = [
  { name: "GHN", weight: 30, tracking: (d, l) => `G${l.slice(0, 2)}${d.slice(0, 6)}` },
  { name: "GHTK", weight: 28, tracking: (d) => `S${d.slice(0, 8)}.${d.slice(8, 11)}` },
  { name: "Viettel Post", weight: 20, tracking: (d) => `VTP${d.slice(0, 10)}` },
  { name: "VNPost", weight: 12, tracking: (d) => `EB${d.slice(0, 9)}VN` },
  { name: "J&T Express", weight: 10, tracking: (d) => `8${d.slice(0, 11)}` },
];

export const BUYER_CANCEL_REASONS = [
  "Đặt nhầm số lượng",
  "Muốn đổi sang loại khác",
  "Ghi sai địa chỉ nhận hàng",
  "Đã mua được ở chợ gần nhà",
  "Nhà không còn ai nhận hàng mấy hôm tới",
];

export const SELLER_CANCEL_REASONS = [
  "Hết hàng tại kho",
  "Mẻ mới chưa kịp đóng gói, xin lỗi anh/chị",
  "Không gọi được cho người nhận để xác nhận",
  "Hàng bị ẩm trong lúc đóng gói, không đạt để gửi",
  "Nhà vườn chưa thu hoạch kịp",
];

/** What the payments module writes when a VNPay payment expires unpaid. */
export const EXPIRED_NOTE = "Hết hạn thanh toán";

/** Review texts by rating; null means a rating without words (many buyers only tap the stars). */
export const REVIEW_TEXTS: Record<1 | 2 | 3 | 4 | 5, readonly string[]> = {
  5: [
    "Hàng đúng như mô tả, đóng gói cẩn thận. Sẽ ủng hộ tiếp.",
    "Thơm lắm, cả nhà đều khen.",
    "Giao nhanh, shop nhiệt tình. 10 điểm!",
    "Mua làm quà cho bố mẹ, ông bà rất thích.",
    "Lần thứ hai mua rồi, chất lượng vẫn như lần đầu.",
    "Đóng gói kỹ, có cả thiệp cảm ơn viết tay. Dễ thương ghê.",
    "Ngon, đậm vị quê. Cảm ơn shop.",
    "Chất lượng tốt hơn mong đợi so với giá tiền.",
    "Hàng chuẩn đặc sản, gửi ra Hà Nội vẫn còn nguyên.",
    "Shop tư vấn kỹ, giao đúng hẹn trước Tết.",
    "Rất hài lòng!",
    "Ủng hộ các bạn trẻ khởi nghiệp ở quê, hàng xịn thật sự.",
  ],
  4: [
    "Hàng ngon, giao hơi chậm một chút.",
    "Chất lượng ổn, bao bì có thể làm đẹp hơn.",
    "Tốt, nhưng lần sau shop gói thêm lớp chống sốc nhé.",
    "Vị hơi đậm so với mình nhưng chồng mình thích.",
    "Ổn áp, giá hợp lý.",
    "Hàng tốt, shipper gọi trước khi giao, rất ok.",
  ],
  3: [
    "Tạm được, chưa thấy khác biệt nhiều so với hàng ngoài chợ.",
    "Hàng ổn nhưng giao trễ gần một tuần.",
    "Hộp bị móp một góc, bên trong vẫn nguyên.",
    "Bình thường, không như kỳ vọng lắm.",
  ],
  2: [
    "Gói hàng bị rách, mất một ít. Nhắn shop mãi mới trả lời.",
    "Không giống ảnh lắm, hơi thất vọng.",
    "Giao chậm, hàng hơi ẩm.",
  ],
  1: ["Hàng bị vỡ khi nhận, mong shop xem lại khâu đóng gói.", "Giao sai sản phẩm, chưa thấy shop xử lý."],
};

/** A seller's replies, by whether the review was happy. */
export const REPLIES_HAPPY = [
  "Cảm ơn anh/chị đã tin tưởng ủng hộ shop ạ!",
  "Dạ shop cảm ơn nhiều, chúc cả nhà mình nhiều sức khỏe.",
  "Cảm ơn anh/chị, lần sau shop gửi thêm quà nhỏ nhé.",
  "Shop rất vui khi anh/chị hài lòng. Hẹn gặp lại ạ!",
];
export const REPLIES_SORRY = [
  "Shop xin lỗi anh/chị, bên em đã nhắn tin để gửi bù ạ.",
  "Dạ shop rất tiếc, em đã làm việc lại với bên vận chuyển. Mong anh/chị thông cảm.",
  "Cảm ơn góp ý của anh/chị, shop sẽ đóng gói kỹ hơn từ đơn sau.",
];

/** Streets and villages of a buyer's address (the ward comes from the province's towns). */
export const BUYER_STREETS = [
  "Lê Lợi",
  "Nguyễn Trãi",
  "Trần Phú",
  "Phan Chu Trinh",
  "Lê Thánh Tông",
  "Ngô Quyền",
  "Bà Triệu",
  "Nguyễn Du",
  "Điện Biên Phủ",
  "Hoàng Diệu",
];
