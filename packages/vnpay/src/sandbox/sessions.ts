import { randomBytes } from "node:crypto";
import type { SandboxPayRequest } from "./pay-request";
import type { SandboxMerchant } from "./types";

// Abandoned checkouts are never cleaned up otherwise; a sandbox never needs more open at once.
const MAX_SESSIONS = 1_000;

/** One open checkout page: the validated pay request and how far the payer got. */
export interface CheckoutSession {
  readonly token: string;
  readonly merchant: SandboxMerchant;
  readonly request: SandboxPayRequest;
  step: "card" | "otp";
  bankCode: string;
  /** Last four digits of the accepted card, for the OTP page. */
  cardLast4: string;
  otpFailures: number;
}

/** Open checkout sessions keyed by an unguessable token carried in a hidden form field. */
export class SessionStore {
  private readonly sessions = new Map<string, CheckoutSession>();

  /** Opens a session at the card step. */
  create(merchant: SandboxMerchant, request: SandboxPayRequest, bankCode: string): CheckoutSession {
    const session: CheckoutSession = {
      token: randomBytes(16).toString("hex"),
      merchant,
      request,
      step: "card",
      bankCode,
      cardLast4: "",
      otpFailures: 0,
    };
    this.sessions.set(session.token, session);
    while (this.sessions.size > MAX_SESSIONS) {
      const oldest = this.sessions.keys().next();
      if (oldest.done) break;
      this.sessions.delete(oldest.value);
    }
    return session;
  }

  /** The open session for a form's token, if any. */
  get(token: string): CheckoutSession | undefined {
    return this.sessions.get(token);
  }

  /** Ends a session so its token cannot finish the payment twice. */
  delete(token: string): void {
    this.sessions.delete(token);
  }

  /** Drops every open session (on sandbox close). */
  clear(): void {
    this.sessions.clear();
  }
}
