import crypto from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import {
  type AuditRow,
  type CreateGrantRequest,
  type CreateHelperRequest,
  type GrantDto,
  HELPER_LIMITS,
  type HelperDto,
  type HelperStall,
  type HelperTodo,
  type OnboardStallRequest,
  foldVietnamese,
} from "@chophien/contracts";
import { isUniqueViolation } from "../../db/errors";
import { updateReturning } from "../../db/sql";
import { nextFreeSlug } from "../../db/slugs";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import { normalizeVietnamesePhone } from "../../lib/sms/sms";
import { assertAcceptablePassword } from "../auth/password-policy";
import { hashPassword } from "../auth/passwords";
import { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import { GrantDecision } from "./grant-decision.entity";
import { Helper } from "./helper.entity";
import {
  claimToken,
  CLAIM_TOPIC,
  CONSENT_TOPIC,
  consentCode,
  consentCodeHash,
  enqueueHelperNotice,
  sha256,
} from "./helper-notices";
import { StallGrant } from "./stall-grant.entity";
import { StallOnboarding } from "./stall-onboarding.entity";

const DAY = 86_400_000;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

interface GrantRow {
  id: string;
  stall_id: string;
  stall_slug: string;
  stall_name: string;
  stall_status: string;
  helper_id: string;
  helper_name: string;
  organisation: string | null;
  scopes: string[] | string;
  status: GrantDto["status"];
  consent_attempts: number;
  days: number;
  expires_at: Date;
  consent_expires_at: Date | null;
  consented_at: Date | null;
  consent_method: GrantDto["consentMethod"];
  revoked_at: Date | null;
  created_at: Date;
}

/** Grants with their stall and helper, for the presenters (`WHERE` and order given by the caller). */
const GRANT_SELECT = `
  SELECT g.id, g.stall_id, s.slug AS stall_slug, s.name AS stall_name, s.status AS stall_status, g.helper_id,
         u.full_name AS helper_name,
         (SELECT h.organisation FROM helper h WHERE h.user_id = g.helper_id ORDER BY h.ended_at IS NULL DESC, h.created_at DESC LIMIT 1) AS organisation,
         g.scopes, g.status, g.consent_attempts, g.days, g.expires_at, g.consent_expires_at, g.consented_at,
         g.consent_method, g.revoked_at, g.created_at
    FROM stall_grant g JOIN stall s ON s.id = g.stall_id JOIN app_user u ON u.id = g.helper_id`;

/** Postgres `text[]` arrives as an array from `pg`, or as `{a,b}` text from drivers that do not parse it. */
const scopesOf = (v: string[] | string): GrantDto["scopes"] =>
  (Array.isArray(v)
    ? v
    : v
        .replace(/^\{|\}$/g, "")
        .split(",")
        .filter(Boolean)) as GrantDto["scopes"];

function presentGrant(r: GrantRow, now: Date): GrantDto {
  // An active grant past its expiry reads as expired: that is what the next request will say.
  const status = r.status === "active" && r.expires_at.getTime() <= now.getTime() ? "expired" : r.status;
  return {
    id: r.id,
    stall: { id: r.stall_id, slug: r.stall_slug, name: r.stall_name, status: r.stall_status },
    helper: { id: r.helper_id, fullName: r.helper_name, organisation: r.organisation },
    scopes: scopesOf(r.scopes),
    status,
    locked: status === "awaiting_consent" && r.consent_attempts >= HELPER_LIMITS.consentAttempts,
    days: r.days,
    expiresAt: r.expires_at.toISOString(),
    consentExpiresAt: iso(r.consent_expires_at),
    consentedAt: iso(r.consented_at),
    consentMethod: r.consent_method,
    revokedAt: iso(r.revoked_at),
    createdAt: r.created_at.toISOString(),
  };
}

export interface HelpersDeps {
  ds: DataSource;
  clock: Clock;
  /** The server secret: consent codes and claim tokens are derived from it (so the outbox never holds them). */
  secret: string;
}

export interface AuditFilter {
  stallId?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
}

/**
 * Helpers acting for producers' stalls: who is a helper, grants and consent, witnessed consent, the owner's list
 * and revocation, the audit trail's reading side, the helper's to-do list and onboarding producers.
 */
export class HelpersService {
  constructor(private readonly deps: HelpersDeps) {}

  private get ds() {
    return this.deps.ds;
  }
  private now() {
    return this.deps.clock.now();
  }

  // ── Helpers (admins) ────────────────────────────────────────────────────────────────────────────────────

  async createHelper(admin: User, input: CreateHelperRequest): Promise<HelperDto> {
    return this.ds.transaction(async (m) => {
      const user = await m.findOne(User, { where: { email: input.email.toLowerCase() } });
      if (!user)
        throw new AppError("validation_failed", "No account has this e-mail address", [
          { path: "body.email", message: "No such account" },
        ]);
      if (user.role === "admin") throw AppError.conflict("Admins cannot be helpers");
      const open = await m.query<unknown[]>(`SELECT 1 FROM helper WHERE user_id = $1 AND ended_at IS NULL`, [user.id]);
      if (open.length) throw AppError.conflict("This user is already a helper");
      try {
        await m.insert(Helper, {
          userId: user.id,
          organisation: input.organisation,
          createdById: admin.id,
          endedAt: null,
          endedById: null,
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw AppError.conflict("This user is already a helper");
        throw err;
      }
      return (await this.helpers(m, user.id))[0]!;
    });
  }

  /** Ends a helper: their open membership closes and every grant they hold is revoked, in one transaction. */
  async endHelper(admin: User, userId: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const ended = await updateReturning<{ id: string }>(
        m,
        `UPDATE helper SET ended_at = now(), ended_by_id = $2, updated_at = now() WHERE user_id = $1 AND ended_at IS NULL RETURNING id`,
        [userId, admin.id],
      );
      if (!ended.length) throw AppError.notFound("Helper");
      await m.query(
        `UPDATE stall_grant SET status = 'revoked', revoked_at = now(), revoked_by_id = $2, updated_at = now()
          WHERE helper_id = $1 AND status IN ('awaiting_consent', 'active')`,
        [userId, admin.id],
      );
    });
  }

  async listHelpers(): Promise<HelperDto[]> {
    return this.helpers(this.ds.manager);
  }

  private async helpers(m: EntityManager, userId?: string): Promise<HelperDto[]> {
    const rows = await m.query<
      {
        user_id: string;
        full_name: string;
        email: string | null;
        organisation: string;
        created_at: Date;
        ended_at: Date | null;
        stalls: number;
        onboarded: { id: string; name: string; status: string; ownerName: string }[];
      }[]
    >(
      `SELECT h.user_id, u.full_name, u.email, h.organisation, h.created_at, h.ended_at,
              (SELECT count(*)::int FROM stall_onboarding o WHERE o.helper_id = h.user_id) AS stalls,
              (SELECT coalesce(jsonb_agg(jsonb_build_object('id', s.id, 'name', s.name, 'status', s.status, 'ownerName', ou.full_name)
                                         ORDER BY o.created_at DESC), '[]'::jsonb)
                 FROM stall_onboarding o JOIN stall s ON s.id = o.stall_id JOIN app_user ou ON ou.id = o.owner_id
                WHERE o.helper_id = h.user_id) AS onboarded
         FROM helper h JOIN app_user u ON u.id = h.user_id
        WHERE ($1::uuid IS NULL OR h.user_id = $1) AND (h.ended_at IS NULL OR $1::uuid IS NULL)
        ORDER BY h.ended_at IS NULL DESC, h.created_at DESC`,
      [userId ?? null],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      fullName: r.full_name,
      email: r.email,
      organisation: r.organisation,
      createdAt: r.created_at.toISOString(),
      endedAt: iso(r.ended_at),
      stallsHelped: r.stalls,
      onboarded: r.onboarded,
    }));
  }

  /** 403 unless `user` is a helper now. */
  async assertHelper(m: EntityManager, user: User): Promise<void> {
    const open = await m.query<unknown[]>(`SELECT 1 FROM helper WHERE user_id = $1 AND ended_at IS NULL`, [user.id]);
    if (!open.length) throw AppError.forbidden("Only helpers can do this: ask an admin to make you one");
  }

  // ── Grants ──────────────────────────────────────────────────────────────────────────────────────────────

  private async grantRows(m: EntityManager, where: string, params: unknown[]): Promise<GrantRow[]> {
    return m.query<GrantRow[]>(`${GRANT_SELECT} WHERE ${where} ORDER BY g.created_at DESC, g.id`, params);
  }

  private async grant(m: EntityManager, id: string): Promise<GrantDto> {
    const [row] = await this.grantRows(m, `g.id = $1`, [id]);
    if (!row) throw AppError.notFound("Grant");
    return presentGrant(row, this.now());
  }

  /** The stalls a helper may act for or has asked to, newest first: the latest grant per stall. */
  async helperStalls(user: User): Promise<HelperStall[]> {
    await this.assertHelper(this.ds.manager, user);
    const rows = await this.grantRows(
      this.ds.manager,
      `g.helper_id = $1 AND g.id = (SELECT g2.id FROM stall_grant g2 WHERE g2.stall_id = g.stall_id AND g2.helper_id = g.helper_id
                                    ORDER BY (g2.status = 'active') DESC, g2.created_at DESC LIMIT 1)`,
      [user.id],
    );
    const now = this.now();
    return rows.map((r) => {
      const grant = presentGrant(r, now);
      return { stall: grant.stall, grant };
    });
  }

  /**
   * A helper asks a stall's owner for a grant: `awaiting_consent`, a 6-digit code (hashed here) sent to the owner by
   * mail and SMS after commit. An earlier request still awaiting consent is superseded; an active grant is a 409.
   */
  async requestGrant(user: User, input: CreateGrantRequest): Promise<GrantDto> {
    return this.ds.transaction(async (m) => {
      await this.assertHelper(m, user);
      const stall = await m.findOne(Stall, { where: { slug: input.stallSlug }, select: { id: true, ownerId: true } });
      if (!stall) throw AppError.notFound("Stall");
      return this.grant(m, await this.openGrant(m, user.id, stall, input.scopes, input.days));
    });
  }

  private async openGrant(
    m: EntityManager,
    helperId: string,
    stall: Pick<Stall, "id" | "ownerId">,
    scopes: readonly string[],
    days: number = HELPER_LIMITS.grantDaysDefault,
  ): Promise<string> {
    if (stall.ownerId === helperId) throw AppError.conflict("You own this stall: you need no grant for it");
    // One request at a time per helper and stall (two parallel requests would both supersede nothing).
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`grant:${stall.id}:${helperId}`]);
    const now = this.now();
    const active = await m.query<unknown[]>(
      `SELECT 1 FROM stall_grant WHERE stall_id = $1 AND helper_id = $2 AND status = 'active' AND expires_at > $3`,
      [stall.id, helperId, now],
    );
    if (active.length) throw AppError.conflict("You already hold an active grant for this stall; the owner can revoke it");
    // Each request texts and mails the owner: a few a day, not a flood (counted under the lock above).
    const [recent] = await m.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM stall_grant WHERE stall_id = $1 AND helper_id = $2 AND created_at > $3::timestamptz - interval '24 hours'`,
      [stall.id, helperId, now],
    );
    if ((recent?.n ?? 0) >= HELPER_LIMITS.requestsPerDay)
      throw new AppError(
        "rate_limited",
        `At most ${HELPER_LIMITS.requestsPerDay} requests to this stall's owner a day`,
        undefined,
        {
          "Retry-After": "3600",
        },
      );
    await m.query(
      `UPDATE stall_grant SET status = 'revoked', revoked_at = $3, revoked_by_id = $2, updated_at = now()
        WHERE stall_id = $1 AND helper_id = $2 AND status = 'awaiting_consent'`,
      [stall.id, helperId, now],
    );
    const nonce = crypto.randomBytes(16).toString("hex");
    const id = crypto.randomUUID();
    const code = consentCode(this.deps.secret, id, nonce);
    await m.insert(StallGrant, {
      id,
      stallId: stall.id,
      helperId,
      scopes: [...new Set(scopes)] as StallGrant["scopes"],
      status: "awaiting_consent",
      days,
      expiresAt: new Date(now.getTime() + days * DAY),
      consentNonce: nonce,
      consentCodeHash: consentCodeHash(this.deps.secret, id, code),
      consentAttempts: 0,
      consentExpiresAt: new Date(now.getTime() + HELPER_LIMITS.consentCodeHours * 3_600_000),
      consentedAt: null,
      consentMethod: null,
      revokedAt: null,
      revokedById: null,
    });
    await enqueueHelperNotice(m, CONSENT_TOPIC, { grantId: id });
    return id;
  }

  /** The owner's grant `id` (locked), else 404: grants of other stalls are not confirmed. */
  private async ownersGrant(m: EntityManager, owner: User, id: string): Promise<StallGrant> {
    const g = await m
      .createQueryBuilder(StallGrant, "g")
      .addSelect("g.consentCodeHash")
      .innerJoin(Stall, "s", "s.id = g.stall_id")
      .where("g.id = :id AND s.owner_id = :owner", { id, owner: owner.id })
      .setLock("pessimistic_write", undefined, ["g"])
      .getOne();
    if (!g) throw AppError.notFound("Grant");
    return g;
  }

  /**
   * The owner types the code: right → `active` until now + days; wrong → one attempt used (the fifth locks it).
   * The attempt is counted in its own committed statement, so a wrong code is never rolled back with the 4xx.
   */
  async consent(owner: User, id: string, code: string): Promise<GrantDto> {
    const outcome = await this.ds.transaction(async (m) => {
      const g = await this.ownersGrant(m, owner, id);
      if (g.status !== "awaiting_consent") return { error: AppError.conflict(`This grant is ${g.status.replace("_", " ")}`) };
      if (g.consentAttempts >= HELPER_LIMITS.consentAttempts)
        return {
          error: new AppError(
            "conflict",
            "Too many wrong codes: this request is locked. The helper can ask again, or an admin can witness a paper consent",
            undefined,
            undefined,
            { reason: "consent_locked" },
          ),
        };
      const now = this.now();
      if (!g.consentExpiresAt || g.consentExpiresAt.getTime() <= now.getTime())
        return {
          error: new AppError("conflict", "This code has expired: the helper can ask again", undefined, undefined, {
            reason: "consent_expired",
          }),
        };
      const expected = Buffer.from(g.consentCodeHash ?? "", "hex");
      const given = Buffer.from(consentCodeHash(this.deps.secret, g.id, code), "hex");
      if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) {
        const [row] = await updateReturning<{ consent_attempts: number }>(
          m,
          `UPDATE stall_grant SET consent_attempts = consent_attempts + 1, updated_at = now()
            WHERE id = $1 AND consent_attempts < $2 RETURNING consent_attempts`,
          [g.id, HELPER_LIMITS.consentAttempts],
        );
        const left = HELPER_LIMITS.consentAttempts - (row?.consent_attempts ?? HELPER_LIMITS.consentAttempts);
        return {
          error: new AppError(
            "validation_failed",
            left > 0 ? `Wrong code: ${left} attempt${left === 1 ? "" : "s"} left` : "Wrong code: this request is now locked",
            [{ path: "body.code", message: "Wrong code" }],
            undefined,
            { reason: left > 0 ? "consent_wrong_code" : "consent_locked" },
          ),
        };
      }
      await this.activate(m, g, "code");
      return { grant: await this.grant(m, g.id) };
    });
    if (outcome.error) throw outcome.error;
    return outcome.grant;
  }

  private async activate(m: EntityManager, g: StallGrant, method: "code" | "witnessed"): Promise<void> {
    const now = this.now();
    await m.update(
      StallGrant,
      { id: g.id },
      {
        status: "active",
        consentedAt: now,
        consentMethod: method,
        consentCodeHash: null,
        consentNonce: null,
        expiresAt: new Date(now.getTime() + g.days * DAY),
      },
    );
  }

  /** A paper consent, witnessed by an admin for a producer without phone or mail (even a locked request). */
  async witness(admin: User, id: string, note: string): Promise<GrantDto> {
    return this.ds.transaction(async (m) => {
      const g = await m.findOne(StallGrant, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!g) throw AppError.notFound("Grant");
      if (g.status !== "awaiting_consent") throw AppError.conflict(`This grant is ${g.status.replace("_", " ")}`);
      await this.activate(m, g, "witnessed");
      await m.insert(GrantDecision, { grantId: g.id, adminId: admin.id, action: "witness", reason: note });
      return this.grant(m, g.id);
    });
  }

  /** Every grant on the owner's stall, newest first. */
  async ownerGrants(owner: User): Promise<GrantDto[]> {
    const now = this.now();
    const rows = await this.grantRows(this.ds.manager, `s.owner_id = $1`, [owner.id]);
    return rows.map((r) => presentGrant(r, now));
  }

  /** Revokes: the very next request under it is refused (grants are read on every request). */
  async revoke(owner: User, id: string): Promise<GrantDto> {
    return this.ds.transaction(async (m) => {
      const g = await this.ownersGrant(m, owner, id);
      if (g.status === "revoked") return this.grant(m, g.id);
      await m.update(StallGrant, { id: g.id }, { status: "revoked", revokedAt: this.now(), revokedById: owner.id });
      return this.grant(m, g.id);
    });
  }

  // ── The audit's reading side ─────────────────────────────────────────────────────────────────────────────

  /** Audit rows matching `f`, newest first; `page` null: every row (CSV export). */
  async audit(f: AuditFilter, page: { page: number; limit: number } | null): Promise<{ items: AuditRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace("?", `$${params.length}`));
    };
    if (f.stallId) add("a.stall_id = ?", f.stallId);
    if (f.actorId) add("a.actor_id = ?", f.actorId);
    if (f.from) add("a.at >= ?", f.from);
    if (f.to) add("a.at < ?", f.to);
    const cond = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const [counted] = await this.ds.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM stall_audit a ${cond}`,
      params,
    );
    const total = counted?.total ?? 0;
    const limit = page ? `LIMIT ${page.limit} OFFSET ${(page.page - 1) * page.limit}` : "";
    const rows = await this.ds.query<
      {
        id: string;
        at: Date;
        stall_id: string;
        stall_name: string | null;
        actor_id: string;
        actor_name: string | null;
        grant_id: string | null;
        route: string;
        target_id: string | null;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
      }[]
    >(
      `SELECT a.id, a.at, a.stall_id, s.name AS stall_name, a.actor_id, u.full_name AS actor_name, a.grant_id, a.route,
              a.target_id, a.before, a.after
         FROM stall_audit a LEFT JOIN stall s ON s.id = a.stall_id LEFT JOIN app_user u ON u.id = a.actor_id
         ${cond} ORDER BY a.at DESC, a.id ${limit}`,
      params,
    );
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        stall: { id: r.stall_id, name: r.stall_name },
        actor: { id: r.actor_id, fullName: r.actor_name },
        grantId: r.grant_id,
        route: r.route,
        targetId: r.target_id,
        before: r.before,
        after: r.after,
      })),
    };
  }

  /** The owner's stall id, else 404. */
  async ownStallId(owner: User): Promise<string> {
    const stall = await this.ds.getRepository(Stall).findOne({ where: { ownerId: owner.id }, select: { id: true } });
    if (!stall) throw AppError.notFound("Stall");
    return stall.id;
  }

  // ── To-do across the helper's stalls ─────────────────────────────────────────────────────────────────────

  /**
   * What needs doing in the stalls the helper acts for (active grants only, each kind only where the grant's
   * scopes allow acting on it): OCOP certificates expiring (valid 36 months from their year), low stock (≤ 5),
   * orders placed more than 24 h ago and not confirmed, reviews without a reply, grants expiring within 14 days.
   */
  async todo(user: User): Promise<HelperTodo[]> {
    await this.assertHelper(this.ds.manager, user);
    const now = this.now();
    const rows = await this.ds.query<
      { kind: HelperTodo["kind"]; stall_id: string; stall_name: string; target_id: string; label: string; at: Date | null }[]
    >(
      `WITH g AS (
         SELECT g.id, g.stall_id, s.name AS stall_name, g.scopes, g.expires_at FROM stall_grant g JOIN stall s ON s.id = g.stall_id
          WHERE g.helper_id = $1 AND g.status = 'active' AND g.expires_at > $2 AND s.status = 'approved')
       SELECT 'grant_expiring' AS kind, g.stall_id, g.stall_name, g.id AS target_id, g.stall_name AS label, g.expires_at AS at
         FROM g WHERE g.expires_at < $2::timestamptz + interval '14 days'
       UNION ALL
       SELECT 'order_waiting', g.stall_id, g.stall_name, so.id, o.code, so.created_at
         FROM g JOIN stall_order so ON so.stall_id = g.stall_id JOIN customer_order o ON o.id = so.order_id
        WHERE 'orders' = ANY(g.scopes) AND so.status = 'placed' AND so.created_at < $2::timestamptz - interval '24 hours'
       UNION ALL
       SELECT 'low_stock', g.stall_id, g.stall_name, p.id, p.name, NULL
         FROM g JOIN product p ON p.stall_id = g.stall_id
        WHERE 'catalog' = ANY(g.scopes) AND p.status = 'active' AND p.stock <= 5
       UNION ALL
       SELECT 'certificate_expiring', g.stall_id, g.stall_name, p.id, p.name, make_date(p.ocop_year + 3, 12, 31)::timestamptz
         FROM g JOIN product p ON p.stall_id = g.stall_id
        WHERE ('certificates' = ANY(g.scopes) OR 'catalog' = ANY(g.scopes)) AND p.status <> 'archived'
          AND p.ocop_year IS NOT NULL AND p.ocop_year + 3 <= extract(year FROM $2::timestamptz)::int
       UNION ALL
       SELECT 'review_unanswered', g.stall_id, g.stall_name, r.id, p.name, r.created_at
         FROM g JOIN product p ON p.stall_id = g.stall_id JOIN review r ON r.product_id = p.id
        WHERE 'reviews' = ANY(g.scopes) AND r.reply IS NULL
       ORDER BY at NULLS LAST
       LIMIT 200`,
      [user.id, now],
    );
    return rows.map((r) => ({
      kind: r.kind,
      stall: { id: r.stall_id, name: r.stall_name },
      targetId: r.target_id,
      label: r.label,
      at: iso(r.at),
    }));
  }

  // ── Onboarding a producer ────────────────────────────────────────────────────────────────────────────────

  /**
   * A helper sets up a producer: their account (no password; the phone is their sign-in number once claimed), the
   * stall application (pending, like any other) and a grant awaiting the producer's consent; the claim link and the
   * consent code go out by SMS (and mail when there is an address) after commit.
   */
  async onboard(
    helper: User,
    input: OnboardStallRequest,
  ): Promise<{
    stall: Pick<Stall, "id" | "slug" | "name" | "status">;
    owner: { id: string; fullName: string; phone: string };
    grant: GrantDto;
  }> {
    const { owner: who, scopes, days, ...fields } = input;
    const phone = normalizeVietnamesePhone(who.phone);
    if (!phone)
      throw new AppError("validation_failed", "The producer's phone must be a Vietnamese mobile number", [
        { path: "body.owner.phone", message: "Not a mobile number" },
      ]);
    try {
      return await this.ds.transaction(async (m) => {
        await this.assertHelper(m, helper);
        const email = who.email?.toLowerCase() ?? null;
        const user = m.create(User, {
          email,
          passwordHash: null,
          phoneE164: phone,
          phoneVerifiedAt: null,
          fullName: who.fullName,
          phone: who.phone,
          role: "shopper",
        });
        await m.insert(User, user);
        const stall = m.create(Stall, {
          ...fields,
          description: fields.description ?? null,
          businessRegistrationNo: fields.businessRegistrationNo ?? null,
          founderBirthYear: fields.founderBirthYear ?? null,
          ownerId: user.id,
          slug: await nextFreeSlug(m, "stall", fields.name),
          searchName: foldVietnamese(fields.name),
          status: "pending",
        });
        await m.insert(Stall, stall);
        const onboardingId = crypto.randomUUID();
        await m.insert(StallOnboarding, {
          id: onboardingId,
          stallId: stall.id,
          helperId: helper.id,
          ownerId: user.id,
          claimTokenHash: sha256(claimToken(this.deps.secret, onboardingId)),
          claimExpiresAt: new Date(this.now().getTime() + HELPER_LIMITS.claimDays * DAY),
          claimedAt: null,
        });
        await enqueueHelperNotice(m, CLAIM_TOPIC, { onboardingId });
        const grantId = await this.openGrant(m, helper.id, stall, scopes ?? ["catalog", "orders", "reviews"], days);
        return {
          stall: { id: stall.id, slug: stall.slug, name: stall.name, status: stall.status },
          owner: { id: user.id, fullName: user.fullName, phone },
          grant: await this.grant(m, grantId),
        };
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const c = (err as { driverError?: { constraint?: string } }).driverError?.constraint ?? "";
      if (c === "UQ_app_user_phone_e164")
        throw AppError.conflict("An account already has this phone number: ask its owner to apply for a stall", [
          { path: "body.owner.phone", message: "Taken" },
        ]);
      if (c === "UQ_app_user_email")
        throw AppError.conflict("An account already has this e-mail address", [{ path: "body.owner.email", message: "Taken" }]);
      throw AppError.conflict("Please try again");
    }
  }

  /** The producer opens the claim link and sets a password; the number that received the link counts as verified. */
  async claim(token: string, password: string): Promise<{ userId: string }> {
    return this.ds.transaction(async (m) => {
      const [row] = await m.query<{ id: string; owner_id: string }[]>(
        `SELECT id, owner_id FROM stall_onboarding WHERE claim_token_hash = $1 AND claimed_at IS NULL AND claim_expires_at > $2 FOR UPDATE`,
        [sha256(token), this.now()],
      );
      if (!row) throw AppError.badRequest("This link is invalid, used or expired: ask your helper for a new one");
      const user = await m.findOneOrFail(User, { where: { id: row.owner_id } });
      assertAcceptablePassword(password, user, "body.password");
      await m.update(
        User,
        { id: user.id },
        { passwordHash: await hashPassword(password), phoneVerifiedAt: user.phoneVerifiedAt ?? this.now() },
      );
      await m.query(`UPDATE stall_onboarding SET claimed_at = $2, updated_at = now() WHERE id = $1`, [row.id, this.now()]);
      return { userId: user.id };
    });
  }
}
