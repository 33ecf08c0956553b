/** A message in both languages VNPay pages speak (`vn`, `en`). */
export interface BilingualText {
  vn: string;
  en: string;
}

/** vnp_ResponseCode of a pay attempt, as sent on the return URL and IPN. */
export const PAY_RESPONSE_CODES: Readonly<Record<string, BilingualText>> = {
  "00": { vn: "Giao dịch thành công", en: "Transaction successful" },
  "07": {
    vn: "Trừ tiền thành công. Giao dịch bị nghi ngờ (liên quan tới lừa đảo, giao dịch bất thường)",
    en: "Money taken; the transaction is suspected of fraud and under review",
  },
  "09": {
    vn: "Thẻ/Tài khoản chưa đăng ký dịch vụ InternetBanking tại ngân hàng",
    en: "Card/account is not registered for internet banking",
  },
  "10": {
    vn: "Xác thực thông tin thẻ/tài khoản không đúng quá 3 lần",
    en: "Card/account verification failed more than 3 times",
  },
  "11": { vn: "Đã hết hạn chờ thanh toán", en: "Payment timed out" },
  "12": { vn: "Thẻ/Tài khoản bị khóa", en: "Card/account is locked" },
  "13": { vn: "Nhập sai mật khẩu xác thực giao dịch (OTP)", en: "Wrong one-time password (OTP)" },
  "24": { vn: "Khách hàng hủy giao dịch", en: "The payer cancelled the transaction" },
  "51": { vn: "Tài khoản không đủ số dư để thực hiện giao dịch", en: "Insufficient balance" },
  "65": { vn: "Tài khoản đã vượt quá hạn mức giao dịch trong ngày", en: "Daily transaction limit exceeded" },
  "75": { vn: "Ngân hàng thanh toán đang bảo trì", en: "The bank is under maintenance" },
  "79": {
    vn: "Nhập sai mật khẩu thanh toán quá số lần quy định",
    en: "Wrong payment password entered too many times",
  },
  "99": { vn: "Lỗi không xác định", en: "Unknown error" },
};

/** Human text for a pay response code, falling back to "99 other". */
export function describePayResponseCode(code: string): BilingualText {
  return PAY_RESPONSE_CODES[code] ?? (PAY_RESPONSE_CODES["99"] as BilingualText);
}
