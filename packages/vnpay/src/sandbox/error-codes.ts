import type { BilingualText } from "../response-codes";

/**
 * Codes of `/paymentv2/Payment/Error.html?code=NN`. 70 (wrong signature) is from VNPay's docs; 15
 * (expired link) and 72 (unknown terminal) are what public integrations report seeing; 01, 03, 74 and 99
 * are our choices, reusing the meanings VNPay's API tables give those numbers.
 */
export const ERROR_PAGE_CODES = {
  duplicateTransaction: "01",
  invalidFormat: "03",
  expired: "15",
  invalidSignature: "70",
  merchantNotFound: "72",
  returnUrlRefused: "74",
  sessionNotFound: "99",
} as const;

/** One of the error page codes above. */
export type ErrorPageCode = (typeof ERROR_PAGE_CODES)[keyof typeof ERROR_PAGE_CODES];

/** What the error page says for each code, in both languages. */
export const ERROR_PAGE_TEXT: Readonly<Record<ErrorPageCode, BilingualText>> = {
  "01": { vn: "Giao dịch đã tồn tại hoặc đã được xử lý", en: "This transaction already exists or has already been processed" },
  "03": { vn: "Dữ liệu gửi sang không đúng định dạng", en: "The request data is not in the expected format" },
  "15": { vn: "Giao dịch đã quá thời gian chờ thanh toán", en: "The payment link has expired" },
  "70": { vn: "Sai chữ ký", en: "Invalid signature" },
  "72": { vn: "Không tìm thấy mã website (vnp_TmnCode)", en: "Merchant (vnp_TmnCode) not found" },
  "74": {
    vn: "Địa chỉ trả về (vnp_ReturnUrl) không thuộc website đã đăng ký",
    en: "The return URL (vnp_ReturnUrl) is not the merchant's own",
  },
  "99": { vn: "Phiên thanh toán không tồn tại hoặc đã kết thúc", en: "The payment session does not exist or has ended" },
};

/** Raised when a pay URL or checkout step must end on the error page. */
export class SandboxPayError extends Error {
  constructor(
    readonly code: ErrorPageCode,
    message: string,
  ) {
    super(`${message} (error page code ${code})`);
    this.name = "SandboxPayError";
  }
}
