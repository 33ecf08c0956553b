import crypto from "node:crypto";
import type { EntityManager } from "typeorm";
import { updateReturning } from "../../db/sql";
import { OutboxMessage } from "../notifications/outbox.entity";
import { type LinkPurpose, SignInLink } from "./sign-in-link.entity";
import { hashToken } from "./tokens";

/** A mailed sign-in link works this long, once. */
export const SIGN_IN_LINK_TTL_MS = 30 * 60 * 1000;
/** The outbox topic that mails one. */
export const SIGN_IN_LINK_TOPIC = "auth.sign_in_link";
/** The storefront page that takes the token from the link's fragment (never sent to a server) and signs in. */
export const SIGN_IN_LINK_PATH = "/dang-nhap/lien-ket";
/** The outbox topic that mails a password-reset link, and the storefront page that takes its token. */
export const PASSWORD_RESET_TOPIC = "auth.password_reset";
export const PASSWORD_RESET_PATH = "/dat-lai-mat-khau";
const TOPIC: Record<LinkPurpose, string> = { sign_in: SIGN_IN_LINK_TOPIC, password_reset: PASSWORD_RESET_TOPIC };
/** Each purpose derives its tokens under its own key, so one kind of link can never be spent as the other. */
const DOMAIN: Record<LinkPurpose, string> = { sign_in: "chophien sign-in links", password_reset: "chophien password resets" };

/**
 * A link's token: HMAC-SHA256 of its id under a key derived from the server's secret. The database keeps only
 * the token's SHA-256, and the outbox only the id, so neither a database dump nor the mail queue yields a usable
 * link; the mail sender derives the token again when it composes the mail.
 */
export function signInLinkToken(secret: string, linkId: string, purpose: LinkPurpose = "sign_in"): string {
  const key = crypto.createHmac("sha256", secret).update(DOMAIN[purpose]).digest();
  return crypto.createHmac("sha256", key).update(linkId).digest("base64url");
}

/** The link as mailed: the token travels in the fragment, so it never reaches a server log. */
export const signInLinkUrl = (publicUrl: string, token: string, purpose: LinkPurpose = "sign_in") =>
  `${publicUrl}${purpose === "sign_in" ? SIGN_IN_LINK_PATH : PASSWORD_RESET_PATH}#token=${token}`;

/** Creates a link for `userId` and queues its mail, in the caller's transaction. */
export async function issueSignInLink(
  m: EntityManager,
  secret: string,
  userId: string,
  now: Date,
  purpose: LinkPurpose = "sign_in",
): Promise<void> {
  const id = crypto.randomUUID();
  await m.insert(SignInLink, {
    id,
    userId,
    purpose,
    tokenHash: hashToken(signInLinkToken(secret, id, purpose)),
    expiresAt: new Date(now.getTime() + SIGN_IN_LINK_TTL_MS),
    usedAt: null,
  });
  await m.save(
    m.create(OutboxMessage, {
      topic: TOPIC[purpose],
      payload: { linkId: id },
      processedAt: null,
      attempts: 0,
      lastError: null,
    }),
  );
}

/** Spends a link's token: the user it signs in, or undefined when unknown, used or expired. Atomic: one winner. */
export async function consumeSignInLink(
  m: EntityManager,
  token: string,
  now: Date,
  purpose: LinkPurpose = "sign_in",
): Promise<string | undefined> {
  const [row] = await updateReturning<{ user_id: string }>(
    m,
    `UPDATE sign_in_link SET used_at = $2, updated_at = $2
      WHERE token_hash = $1 AND purpose = $3 AND used_at IS NULL AND expires_at > $2 RETURNING user_id`,
    [hashToken(token), now, purpose],
  );
  return row?.user_id;
}
