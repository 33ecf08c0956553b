import { createContext } from "./context";
import { PaymentIntents } from "./resources/payment-intents";
import { Refunds } from "./resources/refunds";
import { Returns } from "./resources/returns";
import { Webhooks } from "./resources/webhooks";
import type { VNPayConfig } from "./types";

/** A VNPay 2.1.0 client for one terminal, shaped like Stripe's SDK. */
export class VNPay {
  /** Signed pay links (create) and querydr (retrieve). */
  readonly paymentIntents: PaymentIntents;
  /** Full and partial refunds. */
  readonly refunds: Refunds;
  /** IPN verification (the only source of state changes). */
  readonly webhooks: Webhooks;
  /** Return-URL verification (display only). */
  readonly returns: Returns;

  /** Validates the config at once, so a bad one fails at boot. */
  constructor(config: VNPayConfig) {
    const ctx = createContext(config);
    this.paymentIntents = new PaymentIntents(ctx);
    this.refunds = new Refunds(ctx);
    this.webhooks = new Webhooks(ctx);
    this.returns = new Returns(ctx);
  }
}
