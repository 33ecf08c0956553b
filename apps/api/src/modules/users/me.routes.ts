import { Router } from "express";
import type { DataSource } from "typeorm";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { UpdateMeRequest, UserResponse } from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { User } from "./user.entity";
import { presentUser } from "./users.presenter";

/** /api/me: the signed-in user's own profile. */
export function meRoutes({ ds, guard }: { ds: DataSource; guard: AuthGuard }): Router {
  const r = Router();

  r.get("/me", guard(), (req, res) => {
    res.json({ user: presentUser(currentUser(req)) } satisfies UserResponse);
  });

  const Update = { body: UpdateMeRequest };
  r.patch("/me", guard(), validate(Update), async (req, res) => {
    const user = currentUser(req);
    const { body } = input(req, Update);
    await ds.getRepository(User).update({ id: user.id }, body);
    const fresh = await ds.getRepository(User).findOneByOrFail({ id: user.id });
    res.json({ user: presentUser(fresh) } satisfies UserResponse);
  });

  return r;
}

export const mePaths: ZodOpenApiPathsObject = {
  "/api/me": {
    get: {
      tags: ["me"],
      summary: "The signed-in user",
      ...bearer,
      responses: { "200": json(UserResponse, "Me"), ...errors(401) },
    },
    patch: {
      tags: ["me"],
      summary: "Update name or phone",
      ...bearer,
      requestBody: { content: { "application/json": { schema: UpdateMeRequest } } },
      responses: { "200": json(UserResponse, "Updated"), ...errors(400, 401) },
    },
  },
};
