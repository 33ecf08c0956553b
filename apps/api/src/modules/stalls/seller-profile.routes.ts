import { Router } from "express";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { StallResponse, UpdateStallProfileRequest } from "@chophien/contracts";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { actingStall, scope } from "../helpers/acting-stall";
import type { StallsService } from "./stalls.service";

/** /api/seller/profile: the acting stall's story and contact details (`profile` scope, so a helper may edit them). */
export function sellerProfileRoutes({ stalls }: { stalls: StallsService }): Router {
  const r = Router();
  const Update = { body: UpdateStallProfileRequest };
  r.patch("/seller/profile", scope("profile"), validate(Update), async (req, res) => {
    res.json({ stall: await stalls.updateProfile(actingStall(req), input(req, Update).body) } satisfies StallResponse);
  });
  return r;
}

export const sellerProfilePaths: ZodOpenApiPathsObject = {
  "/api/seller/profile": {
    patch: {
      tags: ["seller", "stalls"],
      summary: "Edit the acting stall's story, description, address and phone (helpers need the profile scope)",
      ...bearer,
      requestBody: { content: { "application/json": { schema: UpdateStallProfileRequest } } },
      responses: { "200": json(StallResponse, "Updated"), ...errors(400, 401, 403) },
    },
  },
};
