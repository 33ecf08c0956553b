import { type ApiCommand, signApiResponse } from "../api-fields";
import { generateRequestId } from "../ids";
import type { SandboxMerchant } from "./types";

/** Builds an answer of the transaction API: the common header fields, then `fields`, signed. */
export type Reply = (
  code: string,
  message: string,
  fields?: Readonly<Record<string, string | undefined>>,
) => Record<string, string>;

function compact(record: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out;
}

/** A replier that signs with `merchant`'s secret over the field list of `command`. */
export function signedReplier(command: ApiCommand, merchant: SandboxMerchant, request: Readonly<Record<string, string>>): Reply {
  return (code, message, fields = {}) => {
    const answer = compact({
      vnp_ResponseId: generateRequestId(),
      vnp_Command: command,
      vnp_ResponseCode: code,
      vnp_Message: message,
      vnp_TmnCode: merchant.tmnCode,
      vnp_TxnRef: request["vnp_TxnRef"],
      ...fields,
    });
    return { ...answer, vnp_SecureHash: signApiResponse(command, answer, merchant.hashSecret) };
  };
}

/** An answer we cannot sign because the terminal (hence the secret) is unknown or the body unreadable. */
export function unsignedAnswer(
  code: string,
  message: string,
  request: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return compact({
    vnp_ResponseId: generateRequestId(),
    vnp_Command: request["vnp_Command"],
    vnp_ResponseCode: code,
    vnp_Message: message,
    vnp_TmnCode: request["vnp_TmnCode"],
    vnp_TxnRef: request["vnp_TxnRef"],
  });
}
