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
} as const;

/** Who a user is to the market: `seller` means the owner of an approved stall. */
export const ROLES = ["shopper", "seller", "admin"] as const;
