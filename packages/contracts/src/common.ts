import { z } from "zod";

/** Every error the API returns has this shape, whatever the status. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "validation_failed" }),
      message: z.string(),
      details: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .meta({ description: "For validation errors: one entry per bad field, `path` like `body.email`." }),
      /** A machine-readable why, for codes with several causes (e.g. `acting_not_allowed`: `grant_expired`). */
      reason: z.string().optional(),
      /** With `price_changed`: the lines whose price rose since the shopper saw them, and the new total. */
      priceChange: z
        .object({
          lines: z.array(
            z.object({
              productId: z.uuid(),
              name: z.string(),
              quantity: z.number().int(),
              /** đồng, the price the shopper last saw (the cart line's accepted price) */
              shownPrice: z.number().int(),
              /** đồng, the price now */
              unitPrice: z.number().int(),
            }),
          ),
          /** đồng, what the order costs now; send it back as `expectedTotal` to accept. */
          grandTotal: z.number().int(),
        })
        .optional(),
    }),
  })
  .meta({ id: "Error" });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Error codes the API uses; the HTTP status follows from the code. */
export const ERROR_CODES = [
  "bad_request",
  "validation_failed",
  "invalid_json",
  "unauthorized",
  "invalid_credentials",
  "forbidden",
  "self_review",
  "not_found",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  "unprocessable",
  "payment_amount_out_of_range",
  "rate_limited",
  "internal",
  "unavailable",
  "acting_not_allowed",
  "price_changed",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Vietnamese mobile or landline number, national (0…) or international (+84…) form. */
export const VnPhone = z
  .string()
  .trim()
  .regex(/^(\+84|0)(3|5|7|8|9|2\d)\d{8}$/, "Số điện thoại không hợp lệ / invalid Vietnamese phone number")
  .meta({ example: "0912345678" });

/** A yes/no query parameter: `true`/`1` or `false`/`0`. */
export const boolParam = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** The `{items, total, page, limit}` envelope every list answers with. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), limit: z.number().int() });
