import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import type { DataSource } from "typeorm";
import { CreateVoucherRequest, PublicVoucherList, UpdateVoucherRequest, VoucherList, VoucherResponse } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { actingStall, scope } from "../helpers/acting-stall";
import { activeVouchers } from "./voucher-preview";
import type { VouchersService } from "./vouchers.service";

const Id = z.object({ id: z.uuid("Not a voucher id") });
const Slug = z.object({ slug: z.string().max(120) });

/** /api/admin/vouchers (platform-owned, admins only) and /api/seller/vouchers (the acting stall's own). */
export function vouchersRoutes({ vouchers, guard, ds }: { vouchers: VouchersService; guard: AuthGuard; ds: DataSource }): Router {
  const r = Router();
  const StallPage = { params: Slug };
  r.get("/stalls/:slug/vouchers", validate(StallPage), async (req, res) => {
    const [stall] = await ds.query<{ id: string }[]>(`SELECT id FROM stall WHERE slug = $1 AND status = 'approved'`, [
      input(req, StallPage).params.slug,
    ]);
    if (!stall) throw AppError.notFound("Stall");
    res.json({ items: await activeVouchers(ds, { platform: false, stallIds: [stall.id] }) });
  });

  r.use("/admin/vouchers", guard("admin"));
  const platform = (req: Parameters<typeof currentUser>[0]) => ({ kind: "platform" as const, actorId: currentUser(req).id });

  const Create = { body: CreateVoucherRequest };
  const Update = { params: Id, body: UpdateVoucherRequest };

  r.post("/admin/vouchers", validate(Create), async (req, res) => {
    res.status(201).json({ voucher: await vouchers.create(platform(req), input(req, Create).body) });
  });
  r.get("/admin/vouchers", async (req, res) => {
    res.json({ items: await vouchers.list(platform(req)) });
  });
  r.patch("/admin/vouchers/:id", validate(Update), async (req, res) => {
    const { params, body } = input(req, Update);
    res.json({ voucher: await vouchers.update(platform(req), params.id, body) });
  });

  r.post("/seller/vouchers", scope("catalog"), validate(Create), async (req, res) => {
    const owner = { kind: "stall" as const, ctx: actingStall(req) };
    res.status(201).json({ voucher: await vouchers.create(owner, input(req, Create).body) });
  });
  r.get("/seller/vouchers", scope("catalog"), async (req, res) => {
    res.json({ items: await vouchers.list({ kind: "stall", ctx: actingStall(req) }) });
  });
  r.patch("/seller/vouchers/:id", scope("catalog"), validate(Update), async (req, res) => {
    const { params, body } = input(req, Update);
    res.json({ voucher: await vouchers.update({ kind: "stall", ctx: actingStall(req) }, params.id, body) });
  });
  return r;
}

function ownerPaths(prefix: string, tag: string, who: string): ZodOpenApiPathsObject {
  const tags = [tag];
  return {
    [`/api/${prefix}/vouchers`]: {
      post: {
        tags,
        summary: `Create a ${who} voucher (code unique per owner, case-insensitive)`,
        ...bearer,
        requestBody: { content: { "application/json": { schema: CreateVoucherRequest } } },
        responses: { "201": json(VoucherResponse, "Created"), ...errors(400, 401, 403, 409) },
      },
      get: {
        tags,
        summary: `The ${who} vouchers with their usage counts`,
        ...bearer,
        responses: { "200": json(VoucherList, "Vouchers"), ...errors(401, 403) },
      },
    },
    [`/api/${prefix}/vouchers/{id}`]: {
      patch: {
        tags,
        summary: `Pause, resume or edit a ${who} voucher (dates, limits, the categories or products it applies to)`,
        ...bearer,
        requestParams: { path: Id },
        requestBody: { content: { "application/json": { schema: UpdateVoucherRequest } } },
        responses: { "200": json(VoucherResponse, "Updated"), ...errors(400, 401, 403, 404, 409) },
      },
    },
  };
}

export const vouchersPaths: ZodOpenApiPathsObject = {
  "/api/stalls/{slug}/vouchers": {
    get: {
      tags: ["stalls"],
      summary: "A stall's vouchers shoppers can use now (active, in their window, with uses left)",
      requestParams: { path: Slug },
      responses: { "200": json(PublicVoucherList, "Vouchers"), ...errors(400, 404) },
    },
  },
  ...ownerPaths("admin", "admin", "platform"),
  ...ownerPaths("seller", "seller", "stall's"),
};
