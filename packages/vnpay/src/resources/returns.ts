import type { ClientContext } from "../context";
import { eventFromVerifiedParams, type PaymentIntentEvent, type PaymentResult } from "../events";
import type { QueryInput } from "../query-params";
import { verifiedParams } from "./webhooks";

/** A verified return URL. `verified` is always true: a bad one throws instead. */
export interface VerifiedReturn {
  verified: true;
  event: PaymentIntentEvent;
  paymentIntent: PaymentResult;
}

/** `vnpay.returns`: reads the payer's return URL, for display only. */
export class Returns {
  constructor(private readonly ctx: ClientContext) {}

  /**
   * Verifies the return URL's query and returns what to show the payer. Throws
   * VNPaySignatureVerificationError when forged: render a neutral "we are checking your payment"
   * page. Never change order state here; only the IPN may do that.
   */
  verify(query: QueryInput): VerifiedReturn {
    const params = verifiedParams(this.ctx, query);
    const event = eventFromVerifiedParams(params, params["vnp_SecureHash"] as string, this.ctx.now());
    return { verified: true, event, paymentIntent: event.data.object };
  }
}
