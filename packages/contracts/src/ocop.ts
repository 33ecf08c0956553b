import { z } from "zod";
import { page } from "./common";
import { PageQuery, ProvinceSlug } from "./stalls";

export const OCOP_REGIMES = ["1048-2019", "148-2023", "1489-2025"] as const;
export const OcopRegime = z.enum(OCOP_REGIMES).meta({ id: "OcopRegime" });
export const OCOP_PRODUCT_GROUPS = ["food", "drinks", "herbal", "crafts", "ornamental", "tourism"] as const;
export const OcopProductGroup = z.enum(OCOP_PRODUCT_GROUPS).meta({ id: "OcopProductGroup" });
export const OCOP_ISSUING_LEVELS = ["district", "province", "central"] as const;
export const OcopIssuingLevel = z.enum(OCOP_ISSUING_LEVELS).meta({ id: "OcopIssuingLevel" });
export const OCOP_CERTIFICATE_STATUSES = ["submitted", "verified", "rejected", "revoked", "superseded", "expired"] as const;
export const OcopCertificateStatus = z.enum(OCOP_CERTIFICATE_STATUSES).meta({ id: "OcopCertificateStatus" });
export type OcopCertificateStatus = z.infer<typeof OcopCertificateStatus>;

/** The score band of each star (regime's scoring sheet): 3★ 50–69, 4★ 70–89, 5★ 90–100. */
export const OCOP_SCORE_BANDS: Record<3 | 4 | 5, [number, number]> = { 3: [50, 69], 4: [70, 89], 5: [90, 100] };
/** District committees could certify 3★ until this day. */
export const OCOP_DISTRICT_UNTIL = "2025-07-01";
/** A certificate holds 36 months from its decision date. */
export const OCOP_VALID_MONTHS = 36;

const IsoDay = z.iso.date("A date as YYYY-MM-DD");

export const CreateOcopCertificateRequest = z
  .object({
    regime: OcopRegime,
    productGroup: OcopProductGroup,
    stars: z.number().int().min(3).max(5),
    score: z.number().int().min(0).max(100).optional(),
    issuingLevel: OcopIssuingLevel,
    issuingAuthority: z.string().trim().min(3).max(160).meta({ example: "UBND tỉnh Quảng Trị" }),
    decisionNo: z.string().trim().min(1).max(64).meta({ example: "1234/QĐ-UBND" }),
    decisionDate: IsoDay,
    validUntil: IsoDay.optional(),
    productIds: z.array(z.uuid("Not a product id")).min(1).max(50),
  })
  .strict()
  .superRefine((v, ctx) => {
    const band = OCOP_SCORE_BANDS[v.stars as 3 | 4 | 5];
    if (v.score !== undefined && band && (v.score < band[0] || v.score > band[1]))
      ctx.addIssue({ code: "custom", path: ["score"], message: `A ${v.stars}★ score is ${band[0]}–${band[1]}` });
    if (v.stars === 5 && v.issuingLevel !== "central")
      ctx.addIssue({ code: "custom", path: ["issuingLevel"], message: "5★ is decided only at the central level" });
    if (v.issuingLevel === "district" && v.decisionDate >= OCOP_DISTRICT_UNTIL)
      ctx.addIssue({ code: "custom", path: ["issuingLevel"], message: "Districts decide only before 2025-07-01" });
    if (v.issuingLevel === "district" && v.stars !== 3)
      ctx.addIssue({ code: "custom", path: ["issuingLevel"], message: "Districts decide only 3★" });
    if (new Set(v.productIds).size !== v.productIds.length)
      ctx.addIssue({ code: "custom", path: ["productIds"], message: "A product is listed twice" });
  })
  .meta({ id: "CreateOcopCertificateRequest" });
export type CreateOcopCertificateRequest = z.infer<typeof CreateOcopCertificateRequest>;

export const OcopDecision = z
  .object({ action: z.string(), reason: z.string().nullable(), adminId: z.string().nullable(), createdAt: z.iso.datetime() })
  .meta({ id: "OcopDecision" });

export const OcopCertificate = z
  .object({
    id: z.uuid(),
    stallId: z.uuid(),
    regime: OcopRegime,
    productGroup: OcopProductGroup,
    stars: z.number().int(),
    score: z.number().int().nullable(),
    issuingLevel: OcopIssuingLevel,
    issuingAuthority: z.string(),
    decisionNo: z.string(),
    decisionDate: IsoDay,
    validUntil: IsoDay,
    /** Computed at read time: a verified certificate past `validUntil` reads `expired`. */
    status: OcopCertificateStatus,
    reason: z.string().nullable(),
    revocationDecisionNo: z.string().nullable(),
    supersededById: z.uuid().nullable(),
    productIds: z.array(z.uuid()),
    /** Where to download the document (always as an attachment), when there is one. */
    documentUrl: z.string().nullable(),
    documentType: z.string().nullable(),
    decisions: z.array(OcopDecision),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "OcopCertificate" });
export type OcopCertificate = z.infer<typeof OcopCertificate>;
export const OcopCertificateResponse = z.object({ certificate: OcopCertificate }).meta({ id: "OcopCertificateResponse" });
export const OcopCertificateList = page(OcopCertificate).meta({ id: "OcopCertificateList" });
export type OcopCertificateList = z.infer<typeof OcopCertificateList>;

export const SellerOcopQuery = z.object({ ...PageQuery }).strict();
export const AdminOcopQuery = z
  .object({
    status: OcopCertificateStatus.optional(),
    expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
    stars: z.coerce.number().int().min(3).max(5).optional(),
    province: ProvinceSlug.optional(),
    ...PageQuery,
  })
  .strict();
export const RejectOcopRequest = z.object({ reason: z.string().trim().min(3).max(1000) }).strict();
export const RevokeOcopRequest = z
  .object({ reason: z.string().trim().min(3).max(1000), decisionNo: z.string().trim().min(1).max(64).optional() })
  .strict();

/** What a product page shows of its verified certificate. */
export const ProductOcop = z
  .object({
    stars: z.number().int(),
    validUntil: IsoDay,
    issuingAuthority: z.string(),
    issuingLevel: OcopIssuingLevel,
    decisionNo: z.string(),
    decisionDate: IsoDay,
    documentUrl: z.string().nullable(),
  })
  .meta({ id: "ProductOcop" });
export type ProductOcop = z.infer<typeof ProductOcop>;
