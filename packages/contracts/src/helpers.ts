import { z } from "zod";
import { StallGrantStatus, StallScope } from "./acting";
import { CreateStallRequest, PageQuery } from "./stalls";

/** Limits of the assisted-stall flows. */
export const HELPER_LIMITS = {
  /** Wrong consent codes before the grant locks. */
  consentAttempts: 5,
  /** How long a consent code can be used. */
  consentCodeHours: 72,
  grantDaysDefault: 180,
  grantDaysMax: 365,
  /** Rows one import may hold. */
  importRows: 500,
  /** Grant requests one helper may send one stall's owner per 24 h (each one texts and mails the owner). */
  requestsPerDay: 3,
  /** How long a producer's claim link works. */
  claimDays: 30,
} as const;

/** Vietnamese words for each scope, as the owner reads them in the consent message. */
export const SCOPE_VI: Record<StallScope, string> = {
  catalog: "thêm và sửa sản phẩm",
  orders: "xác nhận, gửi và huỷ đơn hàng",
  reviews: "trả lời đánh giá",
  live: "bán hàng trực tiếp",
  certificates: "cập nhật giấy chứng nhận",
  profile: "sửa thông tin gian hàng",
};

export const CreateHelperRequest = z
  .object({ email: z.email().max(254), organisation: z.string().trim().min(3).max(160) })
  .strict()
  .meta({ id: "CreateHelperRequest" });
export type CreateHelperRequest = z.infer<typeof CreateHelperRequest>;

export const HelperDto = z
  .object({
    userId: z.uuid(),
    fullName: z.string(),
    email: z.string().nullable(),
    organisation: z.string(),
    createdAt: z.iso.datetime(),
    endedAt: z.iso.datetime().nullable(),
    stallsHelped: z.number().int(),
    /** The stalls this helper set up for producers (`POST /api/helper/stalls`): admins see who helped. */
    onboarded: z.array(z.object({ id: z.uuid(), name: z.string(), status: z.string(), ownerName: z.string() })),
  })
  .meta({ id: "Helper" });
export type HelperDto = z.infer<typeof HelperDto>;
export const HelperResponse = z.object({ helper: HelperDto }).meta({ id: "HelperResponse" });
export const HelperList = z.object({ items: z.array(HelperDto) }).meta({ id: "HelperList" });

const Scopes = z
  .array(StallScope)
  .min(1)
  .max(6)
  .refine((s) => new Set(s).size === s.length, "Each scope once");

export const CreateGrantRequest = z
  .object({
    stallSlug: z.string().trim().min(1).max(140),
    scopes: Scopes,
    days: z.number().int().min(1).max(HELPER_LIMITS.grantDaysMax).optional(),
  })
  .strict()
  .meta({ id: "CreateGrantRequest" });
export type CreateGrantRequest = z.infer<typeof CreateGrantRequest>;

export const GrantDto = z
  .object({
    id: z.uuid(),
    stall: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), status: z.string() }),
    helper: z.object({ id: z.uuid(), fullName: z.string(), organisation: z.string().nullable() }),
    scopes: z.array(StallScope),
    status: StallGrantStatus,
    /** Awaiting consent with 5 wrong codes: only a new request or a witnessed consent helps. */
    locked: z.boolean(),
    days: z.number().int(),
    expiresAt: z.iso.datetime(),
    consentExpiresAt: z.iso.datetime().nullable(),
    consentedAt: z.iso.datetime().nullable(),
    consentMethod: z.enum(["code", "witnessed"]).nullable(),
    revokedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Grant" });
export type GrantDto = z.infer<typeof GrantDto>;
export const GrantResponse = z.object({ grant: GrantDto }).meta({ id: "GrantResponse" });
export const GrantList = z.object({ items: z.array(GrantDto) }).meta({ id: "GrantList" });

export const ConsentRequest = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, "Six digits"),
  })
  .strict()
  .meta({ id: "ConsentRequest" });
export const WitnessRequest = z
  .object({ note: z.string().trim().min(10).max(1000) })
  .strict()
  .meta({ id: "WitnessRequest" });

/** A stall a helper may act for (or has asked to), with the grant. */
export const HelperStall = z
  .object({
    stall: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), status: z.string() }),
    grant: GrantDto,
  })
  .meta({ id: "HelperStall" });
export type HelperStall = z.infer<typeof HelperStall>;
export const HelperStallList = z.object({ items: z.array(HelperStall) }).meta({ id: "HelperStallList" });
export type HelperStallList = z.infer<typeof HelperStallList>;

export const OnboardStallRequest = CreateStallRequest.extend({
  owner: z
    .object({
      fullName: z.string().trim().min(2).max(120),
      /** A Vietnamese mobile number as people write it (`0356 789 012`); stored in E.164. */
      phone: z.string().trim().min(9).max(24),
      email: z.email().max(254).optional(),
    })
    .strict(),
  scopes: Scopes.optional(),
  days: z.number().int().min(1).max(HELPER_LIMITS.grantDaysMax).optional(),
})
  .strict()
  .meta({ id: "OnboardStallRequest" });
export type OnboardStallRequest = z.infer<typeof OnboardStallRequest>;
export const OnboardStallResponse = z
  .object({
    stall: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), status: z.string() }),
    owner: z.object({ id: z.uuid(), fullName: z.string(), phone: z.string() }),
    grant: GrantDto,
  })
  .meta({ id: "OnboardStallResponse" });

export const ClaimAccountRequest = z
  .object({ token: z.string().min(20).max(200), password: z.string().min(10).max(200) })
  .strict()
  .meta({ id: "ClaimAccountRequest" });

export const AuditRow = z
  .object({
    id: z.uuid(),
    at: z.iso.datetime(),
    stall: z.object({ id: z.uuid(), name: z.string().nullable() }),
    actor: z.object({ id: z.uuid(), fullName: z.string().nullable() }),
    grantId: z.uuid().nullable(),
    route: z.string(),
    targetId: z.uuid().nullable(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: "AuditRow" });
export type AuditRow = z.infer<typeof AuditRow>;
export const AuditPage = z
  .object({ items: z.array(AuditRow), total: z.number().int(), page: z.number().int(), limit: z.number().int() })
  .meta({ id: "AuditPage" });

const Format = z.enum(["json", "csv"]).default("json").meta({ description: "csv: a download of every matching row" });
export const OwnerAuditQuery = z.object({ ...PageQuery, format: Format }).strict();
export const AdminAuditQuery = z
  .object({
    actor: z.uuid().optional(),
    stall: z.uuid().optional(),
    from: z.iso.date().optional().meta({ description: "first day (GMT+7), YYYY-MM-DD" }),
    to: z.iso.date().optional().meta({ description: "last day (GMT+7), YYYY-MM-DD" }),
    ...PageQuery,
    format: Format,
  })
  .strict();

/** One thing a helper should do for one of their stalls. */
export const HELPER_TODO_KINDS = [
  "certificate_expiring",
  "low_stock",
  "order_waiting",
  "review_unanswered",
  "grant_expiring",
] as const;
export const HelperTodo = z
  .object({
    kind: z.enum(HELPER_TODO_KINDS),
    stall: z.object({ id: z.uuid(), name: z.string() }),
    targetId: z.uuid(),
    label: z.string(),
    /** The deadline or the moment it started waiting. */
    at: z.iso.datetime().nullable(),
  })
  .meta({ id: "HelperTodo" });
export type HelperTodo = z.infer<typeof HelperTodo>;
export const HelperTodoList = z.object({ items: z.array(HelperTodo) }).meta({ id: "HelperTodoList" });
export type HelperTodoList = z.infer<typeof HelperTodoList>;

/** What one import row did (or would do): its number in the file (the header is row 1) and its errors. */
export const ImportRowResult = z
  .object({
    row: z.number().int(),
    name: z.string().nullable(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })),
  })
  .meta({ id: "ImportRowResult" });
export const ImportResult = z
  .object({
    dryRun: z.boolean(),
    total: z.number().int(),
    valid: z.number().int(),
    created: z.number().int(),
    rows: z.array(ImportRowResult),
  })
  .meta({ id: "ImportResult" });
export type ImportResult = z.infer<typeof ImportResult>;
