import crypto from "node:crypto";
import { type DataSource, type EntityManager, In, IsNull } from "typeorm";
import type { ChangePasswordRequest, LoginRequest, PasswordResetConfirm, RegisterRequest, Role } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import { isUniqueViolation } from "../../db/errors";
import { updateReturning } from "../../db/sql";
import { claimGuestOrders } from "../orders/guest-buyers";
import { User } from "../users/user.entity";
import { assertAcceptablePassword } from "./password-policy";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./passwords";
import { RefreshToken, type RevokedReason } from "./refresh-token.entity";
import { SessionRevocations } from "./session-revocations";
import { consumeSignInLink, issueSignInLink } from "./sign-in-links";
import { ACCESS_TTL_SECONDS, InvalidTokenError, REFRESH_TTL_SECONDS, type TokenService, hashToken } from "./tokens";

/** What a successful sign-in, registration or refresh hands back: the refresh token goes into a cookie. */
export interface Session {
  user: User;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

/** How long after a rotation the old refresh token may be retried, for a response lost on the way. */
export const REFRESH_RETRY_GRACE_MS = 20_000;

const invalidCredentials = () => new AppError("invalid_credentials", "Email or password is incorrect");
const invalidRefresh = () => AppError.unauthorized("Your session has ended; please sign in again");

/** Accounts and sessions: registration, sign-in, refresh rotation with reuse detection, password changes. */
export class AuthService {
  constructor(
    private readonly ds: DataSource,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    /** Key material for mailed sign-in links (the server's secret). */
    private readonly linkSecret: string,
    /** Ended sessions, whose access tokens are refused at once on every process. */
    readonly revocations: SessionRevocations = new SessionRevocations(ds, clock),
  ) {}

  /**
   * Passwords never accepted at sign-in whatever the account (production refuses the demo seed's shared password,
   * so a demo account that reached a real database cannot be entered with it).
   */
  refusedPasswords: readonly string[] = [];

  /** Creates a shopper account and signs it in. */
  async register(input: RegisterRequest): Promise<Session> {
    assertAcceptablePassword(input.password, input, "body.password");
    const passwordHash = await hashPassword(input.password);
    return this.ds.transaction(async (m) => {
      const user = m.create(User, {
        email: input.email,
        passwordHash,
        fullName: input.fullName,
        phone: input.phone ?? null,
        role: "shopper",
      });
      try {
        await m.save(user);
      } catch (err) {
        if (isUniqueViolation(err)) throw AppError.conflict("An account with this email already exists");
        throw err;
      }
      return this.startSession(m, user);
    });
  }

  /** Signs in; a wrong password and an unknown email get the same answer in the same time. */
  async login(input: LoginRequest): Promise<Session> {
    const user = await this.ds
      .getRepository(User)
      .createQueryBuilder("u")
      .addSelect("u.passwordHash")
      .where("u.email = :email", { email: input.email })
      .getOne();
    if (!user) {
      await burnPasswordCheck(input.password);
      throw invalidCredentials();
    }
    if (!(await verifyPassword(input.password, user.passwordHash))) throw invalidCredentials();
    if (this.refusedPasswords.includes(input.password)) throw invalidCredentials();
    return this.ds.transaction((m) => this.startSession(m, user));
  }

  /**
   * Signs in the owner of a number just proved by SMS code (E.164), creating a shopper account on its first use
   * (verified number, no e-mail or password; named after its guest orders, if any). Orders placed as a guest with
   * the number become the account's.
   */
  async signInByPhone(phone: string): Promise<Session & { created: boolean; claimed: string[] }> {
    return this.ds.transaction(async (m) => {
      const now = this.clock.now();
      const [made] = await m.query<{ id: string }[]>(
        `INSERT INTO app_user (phone_e164, phone_verified_at, full_name, phone, role)
         VALUES ($1::varchar, $2, COALESCE((SELECT full_name FROM app_user WHERE guest_phone_e164 = $1::varchar), ''), $3, 'shopper')
         ON CONFLICT (phone_e164) DO NOTHING RETURNING id`,
        [phone, now, `0${phone.slice(3)}`],
      );
      const user = await m.findOneByOrFail(User, { phoneE164: phone });
      // An account that had the number without proving it (none today, but the column allows it) proves it now.
      if (!user.phoneVerifiedAt) {
        await m.update(User, { id: user.id }, { phoneVerifiedAt: now });
        user.phoneVerifiedAt = now;
      }
      const claimed = await claimGuestOrders(m, user.id, phone);
      return { ...(await this.startSession(m, user)), created: Boolean(made), claimed };
    });
  }

  /**
   * The signed-in account proved `phone` (E.164) by SMS code: it becomes the account's sign-in number (replacing
   * an earlier one) and its guest orders move here. 409 when another account already signs in with it.
   */
  async attachPhone(userId: string, phone: string): Promise<{ user: User; claimed: string[] }> {
    return this.ds.transaction(async (m) => {
      const owner = await m.findOneBy(User, { phoneE164: phone });
      if (owner && owner.id !== userId) throw AppError.conflict("This number already signs in to another account");
      try {
        await m.update(
          User,
          { id: userId },
          { phoneE164: phone, phoneVerifiedAt: this.clock.now(), phone: `0${phone.slice(3)}` },
        );
      } catch (err) {
        if (isUniqueViolation(err)) throw AppError.conflict("This number already signs in to another account");
        throw err;
      }
      const claimed = await claimGuestOrders(m, userId, phone);
      return { user: await m.findOneByOrFail(User, { id: userId }), claimed };
    });
  }

  /**
   * Mails the owner of `email` (if there is one) a one-time sign-in link: their account is under attack and its
   * back-off may keep them waiting. Unknown emails are ignored, with the same answer to the client.
   */
  async mailSignInLink(email: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const user = await m.findOne(User, { where: { email }, select: { id: true } });
      if (user) await issueSignInLink(m, this.linkSecret, user.id, this.clock.now());
    });
  }

  /** Mails a password-reset link to the account with this address, if there is one (the caller answers 202 either way). */
  async requestPasswordReset(email: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const user = await m.findOne(User, { where: { email }, select: { id: true } });
      if (user) await issueSignInLink(m, this.linkSecret, user.id, this.clock.now(), "password_reset");
    });
  }

  /**
   * Sets a new password with a reset link's token (once, within 30 minutes; else 400) and ends every session of the
   * account on every process, as a password change does; the answer signs this device in.
   */
  async resetPassword(input: PasswordResetConfirm): Promise<Session> {
    const passwordHash = await hashPassword(input.password);
    const outcome = await this.ds.transaction(async (m) => {
      const userId = await consumeSignInLink(m, input.token, this.clock.now(), "password_reset");
      const user = userId ? await m.findOne(User, { where: { id: userId } }) : null;
      if (!user) return undefined;
      // Checked inside, so a refused password rolls the link back and it can be used again.
      assertAcceptablePassword(input.password, user, "body.password");
      await m.update(User, { id: user.id }, { passwordHash, tokenVersion: () => "token_version + 1" });
      const live = await m
        .getRepository(RefreshToken)
        .createQueryBuilder("t")
        .select("DISTINCT t.family_id", "familyId")
        .where("t.user_id = :id AND t.revoked_at IS NULL", { id: user.id })
        .getRawMany<{ familyId: string }>();
      const ended = live.map((r) => r.familyId);
      await this.endSessions(m, ended, "password_changed");
      const fresh = await m.findOneOrFail(User, { where: { id: user.id } });
      return { session: await this.startSession(m, fresh), ended };
    });
    if (!outcome)
      throw new AppError("bad_request", "This password-reset link is invalid, expired or already used; ask for a new one", [
        { path: "body.token", message: "invalid, expired or already used" },
      ]);
    this.revocations.remember(outcome.ended);
    return outcome.session;
  }

  /** Signs in with a mailed link's token (once, within 30 minutes), or 401. */
  async signInWithLink(token: string): Promise<Session> {
    const session = await this.ds.transaction(async (m) => {
      const userId = await consumeSignInLink(m, token, this.clock.now());
      const user = userId ? await m.findOne(User, { where: { id: userId } }) : null;
      return user ? this.startSession(m, user) : undefined;
    });
    if (!session) throw AppError.unauthorized("This sign-in link is invalid, expired or already used");
    return session;
  }

  /**
   * Rotates a refresh token: the old one is spent atomically and a new one of the same family issued.
   * Presenting a spent token again means it was stolen or replayed, so the whole family is revoked.
   */
  async refresh(token: string | undefined): Promise<Session> {
    if (!token) throw invalidRefresh();
    try {
      this.tokens.verifyRefresh(token);
    } catch (err) {
      if (err instanceof InvalidTokenError) throw invalidRefresh();
      throw err;
    }
    const tokenHash = hashToken(token);
    const outcome = await this.ds.transaction(async (m) => {
      const [row] = await updateReturning<{ user_id: string; family_id: string }>(
        m,
        `UPDATE refresh_token SET revoked_at = $2, revoked_reason = 'rotated', updated_at = $2
          WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2 RETURNING user_id, family_id`,
        [tokenHash, this.clock.now()],
      );
      let family = row?.family_id;
      let userId = row?.user_id;
      if (!row) {
        const known = await m.findOne(RefreshToken, { where: { tokenHash }, lock: { mode: "pessimistic_write" } });
        if (!known?.revokedAt) return undefined;
        if (!this.withinRetryGrace(known)) {
          await this.endSessions(m, [known.familyId], "reuse_detected");
          return { ended: known.familyId };
        }
        // The answer to a refresh was lost (a reload cut it off): the same token again, seconds later, gets a
        // fresh token, and the one the client never received stops working.
        await this.revokeFamily(m, known.familyId, "rotated");
        family = known.familyId;
        userId = known.userId;
      }
      const user = await m.findOne(User, { where: { id: userId! } });
      if (!user) return undefined;
      return this.issueTokens(m, user, family!);
    });
    if (outcome && "ended" in outcome) this.revocations.remember([outcome.ended]);
    if (!outcome || "ended" in outcome) throw invalidRefresh();
    return outcome;
  }

  /**
   * Ends the session the refresh token belongs to (its whole family) — and the access token's, when one is
   * sent — with its access tokens, at once on every process. Unknown or invalid tokens are ignored.
   */
  async logout(token: string | undefined, accessToken?: string): Promise<void> {
    const known = token ? await this.ds.getRepository(RefreshToken).findOne({ where: { tokenHash: hashToken(token) } }) : null;
    let sid: string | undefined;
    try {
      sid = accessToken ? this.tokens.verifyAccess(accessToken).sid : undefined;
    } catch (err) {
      if (!(err instanceof InvalidTokenError)) throw err;
    }
    const ended = [...new Set([known?.familyId, sid].filter((s): s is string => Boolean(s)))];
    if (!ended.length) return;
    await this.ds.transaction((m) => this.endSessions(m, ended, "logout"));
    this.revocations.remember(ended);
  }

  /**
   * Changes the password and ends every session of the user — this one too (`currentSid`) — with their access
   * tokens, on every process at once; the answer starts a fresh session for this device.
   */
  async changePassword(userId: string, input: ChangePasswordRequest, currentSid?: string): Promise<Session> {
    const user = await this.ds
      .getRepository(User)
      .createQueryBuilder("u")
      .addSelect("u.passwordHash")
      .where("u.id = :id", { id: userId })
      .getOne();
    if (!user) throw AppError.unauthorized();
    if (!(await verifyPassword(input.currentPassword, user.passwordHash)))
      throw new AppError("validation_failed", "Current password is incorrect", [
        { path: "body.currentPassword", message: "Current password is incorrect" },
      ]);
    assertAcceptablePassword(input.newPassword, user, "body.newPassword");
    const passwordHash = await hashPassword(input.newPassword);
    const { session, ended } = await this.ds.transaction(async (m) => {
      await m.update(User, { id: user.id }, { passwordHash, tokenVersion: () => "token_version + 1" });
      const live = await m
        .getRepository(RefreshToken)
        .createQueryBuilder("t")
        .select("DISTINCT t.family_id", "familyId")
        .where("t.user_id = :id AND t.revoked_at IS NULL", { id: user.id })
        .getRawMany<{ familyId: string }>();
      const ended = [...new Set([...live.map((r) => r.familyId), ...(currentSid ? [currentSid] : [])])];
      await this.endSessions(m, ended, "password_changed");
      const fresh = await m.findOneOrFail(User, { where: { id: user.id } });
      return { session: await this.startSession(m, fresh), ended };
    });
    this.revocations.remember(ended);
    return session;
  }

  /** The signed-in user behind an access token, or 401. Loads the user so role changes apply at once. */
  async authenticate(accessToken: string): Promise<{ user: User; role: Role; sid: string }> {
    let claims;
    try {
      claims = this.tokens.verifyAccess(accessToken);
    } catch (err) {
      if (err instanceof InvalidTokenError) throw AppError.unauthorized("Invalid or expired access token");
      throw err;
    }
    if (await this.revocations.isRevoked(claims.sid)) throw AppError.unauthorized("Your session has ended; please sign in again");
    const user = await this.ds.getRepository(User).findOne({ where: { id: claims.sub } });
    if (!user || user.tokenVersion !== claims.ver) throw AppError.unauthorized("Invalid or expired access token");
    return { user, role: user.role, sid: claims.sid };
  }

  private startSession(m: EntityManager, user: User): Promise<Session> {
    return this.issueTokens(m, user, crypto.randomUUID());
  }

  private async issueTokens(m: EntityManager, user: User, familyId: string): Promise<Session> {
    const refreshToken = this.tokens.signRefresh({ sub: user.id, fam: familyId });
    await m.insert(RefreshToken, {
      userId: user.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(this.clock.now().getTime() + REFRESH_TTL_SECONDS * 1000),
    });
    const accessToken = this.tokens.signAccess({ sub: user.id, role: user.role, ver: user.tokenVersion, sid: familyId });
    return { user, accessToken, refreshToken, expiresIn: ACCESS_TTL_SECONDS };
  }

  /** A token rotated less than REFRESH_RETRY_GRACE_MS ago may be presented again (its answer was lost). */
  private withinRetryGrace(token: RefreshToken): boolean {
    return (
      token.revokedReason === "rotated" &&
      token.revokedAt !== null &&
      this.clock.now().getTime() - token.revokedAt.getTime() < REFRESH_RETRY_GRACE_MS
    );
  }

  /** Revokes the families' refresh tokens and records the sessions as ended (call `remember` after commit). */
  private async endSessions(m: EntityManager, familyIds: string[], reason: RevokedReason): Promise<void> {
    if (!familyIds.length) return;
    await m.update(
      RefreshToken,
      { familyId: In(familyIds), revokedAt: IsNull() },
      { revokedAt: this.clock.now(), revokedReason: reason },
    );
    await this.revocations.revoke(m, familyIds);
  }

  private async revokeFamily(m: EntityManager, familyId: string, reason: RevokedReason): Promise<void> {
    await m.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: this.clock.now(), revokedReason: reason });
  }
}
