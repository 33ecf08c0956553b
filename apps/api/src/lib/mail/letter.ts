/**
 * One message an outbox topic sends: a mail to `to`, or an SMS when `sms` is set (an E.164 number; `text` is the
 * message). `key` names the recipient's role, so a retry skips those already sent.
 */
export interface Letter {
  key: string;
  /** Null for someone without an e-mail address (a phone-only account): nothing is mailed to them. */
  to: string | null;
  subject: string;
  text: string;
  html: string;
  sms?: string;
}
