import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { FollowingList, FollowState } from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { FollowsService } from "./follows.service";

const Slug = z.object({ slug: z.string().max(120) });
const Page = z
  .object({
    page: z.coerce.number().int().min(1).max(10000).default(1),
    limit: z.coerce.number().int().min(1).max(60).default(24),
  })
  .strict();

/** Following stalls: `/api/stalls/:slug/follow` and the account's `/api/me/following`. Signed-in shoppers. */
export function followsRoutes({ follows, guard }: { follows: FollowsService; guard: AuthGuard }): Router {
  const r = Router();
  const One = { params: Slug };
  r.get("/stalls/:slug/follow", guard(), validate(One), async (req, res) => {
    res.set("Cache-Control", "no-store");
    res.json(await follows.stateOf(currentUser(req), input(req, One).params.slug));
  });
  r.post("/stalls/:slug/follow", guard(), validate(One), async (req, res) => {
    res.json(await follows.follow(currentUser(req), input(req, One).params.slug));
  });
  r.delete("/stalls/:slug/follow", guard(), validate(One), async (req, res) => {
    res.json(await follows.unfollow(currentUser(req), input(req, One).params.slug));
  });

  const List = { query: Page };
  r.get("/me/following", guard(), validate(List), async (req, res) => {
    res.set("Cache-Control", "no-store");
    res.json(await follows.following(currentUser(req), input(req, List).query));
  });
  return r;
}

const tags = ["stalls"];
export const followsPaths: ZodOpenApiPathsObject = {
  "/api/stalls/{slug}/follow": {
    get: {
      tags,
      summary: "Whether I follow the stall, and its follower count",
      ...bearer,
      requestParams: { path: Slug },
      responses: { "200": json(FollowState, "Follow state"), ...errors(401, 404) },
    },
    post: {
      tags,
      summary: "Follow an approved stall (idempotent); its live sessions are mailed to me",
      ...bearer,
      requestParams: { path: Slug },
      responses: { "200": json(FollowState, "Following"), ...errors(401, 404) },
    },
    delete: {
      tags,
      summary: "Stop following a stall (idempotent)",
      ...bearer,
      requestParams: { path: Slug },
      responses: { "200": json(FollowState, "Not following"), ...errors(401, 404) },
    },
  },
  "/api/me/following": {
    get: {
      tags,
      summary: "The approved stalls I follow, newest follow first",
      ...bearer,
      requestParams: { query: Page },
      responses: { "200": json(FollowingList, "A page of stalls"), ...errors(400, 401) },
    },
  },
};
