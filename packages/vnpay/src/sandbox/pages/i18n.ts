import type { Locale } from "../../types";

/** Every user-facing string of the checkout pages, per vnp_Locale. */
const TEXT = {
  title: { vn: "Thanh toán qua VNPAY", en: "Pay with VNPAY" },
  order: { vn: "Thông tin đơn hàng", en: "Order details" },
  amount: { vn: "Số tiền thanh toán", en: "Amount" },
  orderInfo: { vn: "Nội dung thanh toán", en: "Description" },
  merchant: { vn: "Mã website (TmnCode)", en: "Merchant code (TmnCode)" },
  txnRef: { vn: "Mã đơn hàng", en: "Order reference" },
  expiresAt: { vn: "Hết hạn lúc (GMT+7)", en: "Expires at (GMT+7)" },
  cardTitle: { vn: "Thẻ ATM / Tài khoản ngân hàng nội địa", en: "Domestic ATM card / bank account" },
  bank: { vn: "Ngân hàng", en: "Bank" },
  cardNumber: { vn: "Số thẻ", en: "Card number" },
  cardHolder: { vn: "Tên chủ thẻ (không dấu)", en: "Card holder (no diacritics)" },
  issueDate: { vn: "Ngày phát hành (MM/YY)", en: "Issue date (MM/YY)" },
  continue: { vn: "Tiếp tục", en: "Continue" },
  cancel: { vn: "Hủy giao dịch", en: "Cancel payment" },
  simulate: { vn: "Giả lập kết quả khác", en: "Simulate another outcome" },
  simulate51: { vn: "Không đủ số dư (51)", en: "Insufficient balance (51)" },
  simulate11: { vn: "Hết thời gian thanh toán (11)", en: "Payment timed out (11)" },
  testCard: {
    vn: "Thẻ thử nghiệm: NCB · 9704198526191432198 · NGUYEN VAN A · 07/15 · OTP 123456",
    en: "Test card: NCB · 9704198526191432198 · NGUYEN VAN A · 07/15 · OTP 123456",
  },
  cardInvalid: {
    vn: "Thông tin thẻ không hợp lệ. Vui lòng kiểm tra ngân hàng, số thẻ, tên chủ thẻ và ngày phát hành.",
    en: "The card details are not valid. Please check the bank, card number, card holder and issue date.",
  },
  otpTitle: { vn: "Xác thực OTP", en: "OTP verification" },
  otpPrompt: {
    vn: "Nhập mã OTP đã gửi tới số điện thoại đăng ký của thẻ ****{last4}.",
    en: "Enter the one-time password sent to the phone registered for card ****{last4}.",
  },
  otp: { vn: "Mã OTP", en: "One-time password" },
  confirm: { vn: "Xác nhận thanh toán", en: "Confirm payment" },
  otpInvalid: {
    vn: "Mã OTP không chính xác. Bạn còn {left} lần thử.",
    en: "Wrong one-time password. {left} attempt(s) left.",
  },
  errorTitle: { vn: "Thông báo", en: "Notice" },
  errorCode: { vn: "Mã lỗi", en: "Error code" },
} as const;

/** A key of the checkout text table. */
export type TextKey = keyof typeof TEXT;

/** The string for `key` in `locale`, with `{name}` placeholders filled from `values`. */
export function t(locale: Locale, key: TextKey, values: Readonly<Record<string, string | number>> = {}): string {
  return TEXT[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
