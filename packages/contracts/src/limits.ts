/** Limits shared by the API and both front ends, so a form and the server reject the same things. */
export const LIMITS = {
  /** Largest JSON body the API accepts, in bytes (bigger → 413). */
  jsonBodyBytes: 1024 * 1024,
  passwordMin: 8,
  passwordMax: 128,
  fullNameMax: 120,
  emailMax: 254,
  /** Largest image upload, in bytes (bigger → 413). */
  imageBytes: 8 * 1024 * 1024,
  /** What an upload form should offer; the server trusts the file's bytes, not this declared type. */
  imageMimeTypes: ["image/jpeg", "image/png", "image/webp"] as const,
  maxProductImages: 8,
  /** Smallest order VNPay takes, in đồng (the gateway refuses anything below). */
  vnpayMinAmount: 5_000,
  /** Largest order VNPay takes, in đồng (VNPay's limit is "below 1,000,000,000 ₫"). */
  vnpayMaxAmount: 999_999_999,
  /** Default largest cash-on-delivery order, in đồng; the market sets its own with `COD_MAX_AMOUNT`. */
  codMaxAmount: 20_000_000,
} as const;

/** Who a user is to the market: `seller` means the owner of an approved stall. */
export const ROLES = ["shopper", "seller", "admin"] as const;
