import crypto from "node:crypto";
import { z } from "zod";

/** What a bank-notification service (an aggregator watching the market's account) posts for each incoming transfer. */
export const BankNotification = z.object({
  transactionId: z.string().min(1).max(64),
  amount: z.number().int().positive().max(10_000_000_000),
  content: z.string().max(500),
  transactedAt: z.iso.datetime({ offset: true }),
});
export type BankNotification = z.infer<typeof BankNotification>;

export const BANK_WEBHOOK_PATH = "/api/payments/bank/webhook";

/** Hex HMAC-SHA256 of the raw body: the `X-Signature` header. */
export function signBankWebhook(rawBody: string | Buffer, secret: string): string {
  return crypto.createHmac("sha256", secret).update(rawBody).digest("hex");
}

/** Timing-safe check of `X-Signature` against the raw body. */
export function verifyBankSignature(rawBody: Buffer, signature: string | undefined, secret: string): boolean {
  if (!signature || !/^[0-9a-fA-F]{64}$/.test(signature)) return false;
  const expected = Buffer.from(signBankWebhook(rawBody, secret), "hex");
  return crypto.timingSafeEqual(expected, Buffer.from(signature, "hex"));
}

/**
 * The sending side of bank notifications. In production the bank's aggregator sends them; in development the
 * sandbox uses `webhookSender`, which signs and posts to our own webhook exactly as an aggregator would.
 */
export interface BankNotificationSender {
  send(n: BankNotification): Promise<{ status: number; body: unknown }>;
}

/** Signs with the market's webhook secret and POSTs to `url`. */
export function webhookSender(url: string, secret: string, fetchFn: typeof fetch = fetch): BankNotificationSender {
  return {
    async send(n) {
      const raw = JSON.stringify(n);
      const res = await fetchFn(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Signature": signBankWebhook(raw, secret) },
        body: raw,
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body };
    },
  };
}
