/** Protocol version this package speaks; 2.1.0 signs with HMAC-SHA512 and sends no vnp_SecureHashType. */
export const VNP_VERSION = "2.1.0";

/** VNPay only settles in Vietnamese đồng. */
export const CURRENCY = "VND";

/** Path of the browser-facing pay page, relative to the gateway host. */
export const PAY_PATH = "/paymentv2/vpcpay.html";

/** Path of the server-to-server querydr/refund JSON API, relative to the gateway host. */
export const TRANSACTION_API_PATH = "/merchant_webapi/api/transaction";

/** Path VNPay redirects a rejected pay URL to (`?code=70` for a wrong signature). */
export const ERROR_PAGE_PATH = "/paymentv2/Payment/Error.html";

/** Longest vnp_OrderInfo VNPay accepts. */
export const ORDER_INFO_MAX_LENGTH = 255;

/** vnp_Amount is Numeric[1,12] on the wire, i.e. đồng × 100 must stay below 10^12. */
export const MAX_WIRE_AMOUNT = 999_999_999_999;
