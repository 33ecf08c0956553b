import { type ApiCommand, signApiRequest, toApiMessage, verifyApiResponse } from "./api-fields";
import type { ClientContext } from "./context";
import { VNPayAPIError, VNPayConnectionError, VNPaySignatureVerificationError } from "./errors";

/**
 * POSTs a querydr/refund request (signing it), and returns the answer only if it is `00` and its
 * signature verifies. Throws VNPayConnectionError (no answer), VNPayAPIError (HTTP error, bad JSON,
 * non-00 code) or VNPaySignatureVerificationError (forged or unsigned 00 answer).
 */
export async function callTransactionApi(
  ctx: ClientContext,
  command: ApiCommand,
  request: Record<string, string>,
): Promise<Record<string, string>> {
  const body = { ...request, vnp_SecureHash: signApiRequest(command, request, ctx.hashSecret) };
  let response: Response;
  let text: string;
  try {
    response = await ctx.fetch(ctx.apiUrl, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(ctx.timeoutMs),
    });
    text = await response.text();
  } catch (cause) {
    throw new VNPayConnectionError({
      message: `VNPay ${command} request to ${ctx.apiUrl} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      cause,
    });
  }
  if (!response.ok) {
    throw new VNPayAPIError({
      message: `VNPay ${command} answered HTTP ${response.status}`,
      code: "http_error",
      statusCode: response.status,
      raw: text,
    });
  }
  const message = parseMessage(text);
  if (!message) {
    throw new VNPayAPIError({
      message: `VNPay ${command} answered with something other than a JSON object`,
      code: "invalid_json",
      statusCode: response.status,
      raw: text,
    });
  }
  const signed = verifyApiResponse(command, message, ctx.hashSecret);
  const code = message["vnp_ResponseCode"] ?? "";
  // Error answers are reported even when unsigned or signed with another secret (a 97 caused by our
  // own wrong secret cannot verify): they only ever produce an error, never data we act on.
  if (code !== "00") {
    throw new VNPayAPIError({
      message: `VNPay ${command} failed with code ${code || "(none)"}: ${message["vnp_Message"] ?? "no message"}${signed ? "" : " (answer signature not verified)"}`,
      code,
      statusCode: response.status,
      raw: message,
    });
  }
  if (!signed) {
    throw new VNPaySignatureVerificationError({
      message: `VNPay ${command} answer failed signature verification`,
      statusCode: response.status,
      raw: message,
    });
  }
  // A validly signed answer about another transaction (a replayed one) must not pass for ours.
  if (message["vnp_TxnRef"] !== request["vnp_TxnRef"]) {
    throw new VNPayAPIError({
      message: `VNPay ${command} answered for TxnRef ${message["vnp_TxnRef"] ?? "(none)"}, not ${request["vnp_TxnRef"] ?? ""}`,
      code: "response_mismatch",
      statusCode: response.status,
      raw: message,
    });
  }
  return message;
}

function parseMessage(text: string): Record<string, string> | undefined {
  try {
    return toApiMessage(JSON.parse(text));
  } catch {
    return undefined;
  }
}
