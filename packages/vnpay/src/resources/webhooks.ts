import type { ClientContext } from "../context";
import { VNPaySignatureVerificationError } from "../errors";
import { eventFromVerifiedParams, type PaymentIntentEvent } from "../events";
import { type QueryInput, readVnpParams } from "../query-params";
import { verifyParams } from "../signing";

/** Verifies the signature and terminal of return-URL/IPN params; returns them untouched (amount still ×100). */
export function verifiedParams(ctx: ClientContext, query: QueryInput): Record<string, string> {
  const params = readVnpParams(query);
  if (!params["vnp_SecureHash"]) {
    throw new VNPaySignatureVerificationError({ message: "vnp_SecureHash is missing", code: "signature_missing", raw: params });
  }
  if (!verifyParams(params, ctx.hashSecret)) {
    throw new VNPaySignatureVerificationError({ message: "vnp_SecureHash does not match the vnp_* params", raw: params });
  }
  // Same secret, other terminal: still not ours to act on.
  if (params["vnp_TmnCode"] !== ctx.tmnCode) {
    throw new VNPaySignatureVerificationError({
      message: `vnp_TmnCode ${params["vnp_TmnCode"] ?? "(none)"} is not this terminal (${ctx.tmnCode})`,
      code: "terminal_mismatch",
      raw: params,
    });
  }
  return params;
}

/** `vnpay.webhooks`: turns VNPay's IPN call into a verified, typed event. */
export class Webhooks {
  constructor(private readonly ctx: ClientContext) {}

  /**
   * Verifies an IPN query (Express `req.query` or URLSearchParams) and returns the event; throws
   * VNPaySignatureVerificationError (answer RspCode 97) or VNPayInvalidRequestError (answer 99).
   * Non-`vnp_` params are ignored.
   */
  constructEvent(query: QueryInput): PaymentIntentEvent {
    const params = verifiedParams(this.ctx, query);
    return eventFromVerifiedParams(params, params["vnp_SecureHash"] as string, this.ctx.now());
  }
}
