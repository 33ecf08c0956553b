import { z } from "zod";
import { VnPhone, page } from "./common";
import { Image } from "./media";
import { PROVINCE_SLUGS } from "./provinces";

export const BUSINESS_TYPES = ["household", "cooperative", "company", "individual"] as const;
export const STALL_STATUSES = ["pending", "approved", "rejected", "suspended"] as const;
export const STALL_ACTIONS = ["approve", "reject", "suspend", "reinstate"] as const;

export const StallStatus = z.enum(STALL_STATUSES).meta({ id: "StallStatus" });
export type StallStatus = z.infer<typeof StallStatus>;
export const BusinessType = z.enum(BUSINESS_TYPES).meta({ id: "BusinessType" });
export const ProvinceSlug = z
  .enum(PROVINCE_SLUGS)
  .meta({ id: "ProvinceSlug", description: "Slug of one of the 34 provinces (since 2025-07-01)" });

const thisYear = new Date().getFullYear();
const StallFields = {
  name: z.string().trim().min(3).max(120),
  /** Who they are and what they make. */
  story: z.string().trim().min(20).max(5000),
  description: z.string().trim().max(5000).optional(),
  province: ProvinceSlug,
  address: z.string().trim().min(5).max(255),
  phone: VnPhone,
  businessType: BusinessType,
  businessRegistrationNo: z.string().trim().min(3).max(64).optional(),
  founderBirthYear: z
    .number()
    .int()
    .min(1940)
    .max(thisYear - 15)
    .optional(),
};

/** A stall application: the applicant is the signed-in user, the status always starts `pending`. */
export const CreateStallRequest = z.object(StallFields).strict().meta({ id: "CreateStallRequest" });
export type CreateStallRequest = z.infer<typeof CreateStallRequest>;

/** Edits by the owner; nullable fields can be cleared with null. */
export const UpdateStallRequest = z
  .object(StallFields)
  .partial()
  .extend({
    description: z.string().trim().max(5000).nullable().optional(),
    businessRegistrationNo: z.string().trim().min(3).max(64).nullable().optional(),
    founderBirthYear: z
      .number()
      .int()
      .min(1940)
      .max(thisYear - 15)
      .nullable()
      .optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Nothing to update")
  .meta({ id: "UpdateStallRequest" });
export type UpdateStallRequest = z.infer<typeof UpdateStallRequest>;

/**
 * What the `profile` scope covers (`PATCH /api/seller/profile`): the stall's public story and contact details.
 * Its name, province and legal identity stay with the owner (`PATCH /api/me/stall`).
 */
export const UpdateStallProfileRequest = z
  .object({
    story: StallFields.story,
    description: z.string().trim().max(5000).nullable(),
    address: StallFields.address,
    phone: StallFields.phone,
    /** Show the phone on the public stall page (off unless the seller opts in). */
    contactPublic: z.boolean(),
    /** The phone takes Zalo messages too (the public page links to zalo.me). */
    contactZalo: z.boolean(),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Nothing to update")
  .meta({ id: "UpdateStallProfileRequest" });
export type UpdateStallProfileRequest = z.infer<typeof UpdateStallProfileRequest>;

export const ProvinceRef = z.object({ slug: z.string(), name: z.string() }).meta({ id: "ProvinceRef" });

/** A stall as shoppers see it. */
export const StallSummary = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    province: ProvinceRef,
    logo: Image.nullable(),
    productCount: z.number().int(),
  })
  .meta({ id: "StallSummary" });
export type StallSummary = z.infer<typeof StallSummary>;

export const StallDecision = z
  .object({
    action: z.enum(STALL_ACTIONS),
    reason: z.string().nullable(),
    admin: z.object({ id: z.uuid(), fullName: z.string() }),
    at: z.iso.datetime(),
  })
  .meta({ id: "StallDecision" });
export type StallDecision = z.infer<typeof StallDecision>;

/** The full stall, as its owner and admins see it. */
export const Stall = StallSummary.extend({
  story: z.string(),
  description: z.string().nullable(),
  banner: Image.nullable(),
  address: z.string(),
  phone: z.string(),
  businessType: BusinessType,
  businessRegistrationNo: z.string().nullable(),
  founderBirthYear: z.number().int().nullable(),
  contactPublic: z.boolean(),
  contactZalo: z.boolean(),
  status: StallStatus,
  /** The admin's reason for the latest rejection or suspension. */
  statusReason: z.string().nullable(),
  /** Platform commission for this stall in basis points (override or the platform default). */
  commissionRateBps: z.number().int(),
  owner: z.object({ id: z.uuid(), fullName: z.string(), email: z.string().nullable() }),
  decisions: z.array(StallDecision),
  createdAt: z.iso.datetime(),
  approvedAt: z.iso.datetime().nullable(),
}).meta({ id: "Stall" });
export type Stall = z.infer<typeof Stall>;

export const StallResponse = z.object({ stall: Stall }).meta({ id: "StallResponse" });
export type StallResponse = z.infer<typeof StallResponse>;

/** A stall's public page: profile and story (products come from GET /api/products?stall=slug). */
export const PublicStall = StallSummary.extend({
  story: z.string(),
  description: z.string().nullable(),
  banner: Image.nullable(),
  /** Only when the seller opted in: the phone to call, and whether it takes Zalo messages. */
  contact: z.object({ phone: z.string(), zalo: z.boolean() }).nullable(),
  createdAt: z.iso.datetime(),
}).meta({ id: "PublicStall" });
export type PublicStall = z.infer<typeof PublicStall>;

export const PageQuery = {
  page: z.coerce.number().int().min(1).max(10000).default(1),
  limit: z.coerce.number().int().min(1).max(60).default(24),
};

export const StallListQuery = z
  .object({ q: z.string().trim().max(100).optional(), province: ProvinceSlug.optional(), ...PageQuery })
  .strict();
export type StallListQuery = z.infer<typeof StallListQuery>;
export const StallList = page(StallSummary).meta({ id: "StallList" });

export const AdminStallListQuery = z
  .object({ status: StallStatus.optional(), q: z.string().trim().max(100).optional(), ...PageQuery })
  .strict();
export type AdminStallListQuery = z.infer<typeof AdminStallListQuery>;
export const AdminStallList = page(Stall).meta({ id: "AdminStallList" });

export const DecisionReason = z
  .object({ reason: z.string().trim().min(5).max(1000) })
  .strict()
  .meta({ id: "DecisionReason" });
export const EmptyBody = z.object({}).strict();

/** Approving an application, optionally with a word to the applicant (it goes into the approval mail). */
export const ApproveStallRequest = z
  .object({ message: z.string().trim().max(1000).optional() })
  .strict()
  .meta({ id: "ApproveStallRequest" });
export type ApproveStallRequest = z.infer<typeof ApproveStallRequest>;

/**
 * A stall application being written (`PUT /api/me/stall-draft`): every field optional and only loosely bounded, so
 * half-typed values are kept; they are checked when the application is sent.
 */
export const StallDraftFields = z
  .object({
    name: z.string().max(120),
    story: z.string().max(5000),
    description: z.string().max(5000),
    province: z.string().max(40),
    address: z.string().max(255),
    phone: z.string().max(20),
    businessType: z.string().max(20),
    businessRegistrationNo: z.string().max(64),
    founderBirthYear: z.string().max(4),
  })
  .partial()
  .strict()
  .meta({ id: "StallDraftFields" });
export type StallDraftFields = z.infer<typeof StallDraftFields>;

/** The draft as stored, with the phone of the account filled in when the draft has none yet. */
export const StallDraftResponse = z
  .object({ draft: StallDraftFields, updatedAt: z.iso.datetime().nullable() })
  .meta({ id: "StallDraftResponse" });
export type StallDraftResponse = z.infer<typeof StallDraftResponse>;
