import { type RequestHandler, Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  ACTING_FOR_STALL_HEADER,
  AwardOfferRequest,
  AwardOrdersRequest,
  AwardOrdersResponse,
  CounterOfferRequest,
  CreateOfferRequest,
  DeclineOfferRequest,
  DemandList,
  EmptyBody,
  OfferList,
  OfferProductRequest,
  OfferResponse,
  SellerDemandQuery,
} from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { type ActingStall, actingStall, scope } from "../helpers/acting-stall";
import type { AwardOrdersService } from "./award-orders.service";
import type { DemandOffersService } from "./demand-offers.service";
import { DemandId } from "./demands.routes";
import type { DemandsService } from "./demands.service";

const OfferIds = z.object({ id: z.uuid("Not a demand id"), offerId: z.uuid("Not an offer id") });
const OfferId = z.object({ id: z.uuid("Not an offer id") });

/**
 * Offers: a stall answers (`POST /api/demands/:id/offers`, resolved like every seller route: its owner, or a helper
 * acting for it under a grant with the `orders` scope), the buyer shortlists, counters, awards or declines, and the
 * stall reads and answers its own under /api/seller (mounted behind the acting-stall context).
 */
export function demandOffersRoutes(deps: {
  offers: DemandOffersService;
  demands: DemandsService;
  awardOrders: AwardOrdersService;
  guard: AuthGuard;
  /** The acting-stall context of /api/seller, for the one stall route outside it. */
  actingStall: RequestHandler;
}): Router {
  const { offers, demands, guard, awardOrders } = deps;
  const r = Router();
  const Create = { params: DemandId, body: CreateOfferRequest };
  r.post("/demands/:id/offers", guard(), deps.actingStall, scope("orders"), validate(Create), async (req, res) => {
    const { params, body } = input(req, Create);
    const ctx = actingStall(req);
    const who = { stallId: ctx.stall.id, actorId: ctx.actor.id, audit: auditOf(ctx) };
    res.status(201).json({ offer: await offers.create(who, params.id, body) });
  });

  const Shortlist = { params: OfferIds, body: EmptyBody };
  r.post("/demands/:id/offers/:offerId/shortlist", guard(), validate(Shortlist), async (req, res) => {
    const { id, offerId } = input(req, Shortlist).params;
    res.json({ offer: await offers.decide(currentUser(req), id, offerId, "shortlist", {}) });
  });
  const Counter = { params: OfferIds, body: CounterOfferRequest };
  r.post("/demands/:id/offers/:offerId/counter", guard(), validate(Counter), async (req, res) => {
    const { params, body } = input(req, Counter);
    res.json({ offer: await offers.counter({ buyer: currentUser(req), demandId: params.id }, params.offerId, body) });
  });
  const Award = { params: OfferIds, body: AwardOfferRequest };
  r.post("/demands/:id/offers/:offerId/award", guard(), validate(Award), async (req, res) => {
    const { params, body } = input(req, Award);
    res.json({ offer: await offers.decide(currentUser(req), params.id, params.offerId, "award", body) });
  });
  const Orders = { params: OfferIds, body: AwardOrdersRequest };
  r.post("/demands/:id/offers/:offerId/orders", guard(), validate(Orders), async (req, res) => {
    const { params, body } = input(req, Orders);
    const { orders, replayed } = await awardOrders.place(currentUser(req), params.id, params.offerId, body);
    res.status(replayed ? 200 : 201).json({ orders } satisfies AwardOrdersResponse);
  });
  const Decline = { params: OfferIds, body: DeclineOfferRequest };
  r.post("/demands/:id/offers/:offerId/decline", guard(), validate(Decline), async (req, res) => {
    const { params, body } = input(req, Decline);
    res.json({ offer: await offers.decide(currentUser(req), params.id, params.offerId, "decline", body) });
  });

  const ForMe = { query: SellerDemandQuery };
  r.get("/seller/demands", scope("orders"), validate(ForMe), async (req, res) => {
    const q = input(req, ForMe).query;
    const page = await demands.forStall(actingStall(req).stall.id, q);
    res.json({ ...page, page: q.page, limit: q.limit } satisfies DemandList);
  });
  r.get("/seller/demand-offers", scope("orders"), async (req, res) => {
    res.json({ items: await offers.ofStall(actingStall(req).stall.id) } satisfies OfferList);
  });
  const StallCounter = { params: OfferId, body: CounterOfferRequest };
  r.post("/seller/demand-offers/:id/counter", scope("orders"), validate(StallCounter), async (req, res) => {
    const { params, body } = input(req, StallCounter);
    const ctx = actingStall(req);
    res.json({ offer: await offers.counter({ stallId: ctx.stall.id, audit: auditOf(ctx) }, params.id, body) });
  });
  const Product = { params: OfferId, body: OfferProductRequest };
  r.post("/seller/demand-offers/:id/product", scope("orders"), validate(Product), async (req, res) => {
    const { params, body } = input(req, Product);
    const ctx = actingStall(req);
    res.json({ offer: await offers.setProduct({ stallId: ctx.stall.id, audit: auditOf(ctx) }, params.id, body.productId) });
  });
  const Withdraw = { params: OfferId, body: EmptyBody };
  r.post("/seller/demand-offers/:id/withdraw", scope("orders"), validate(Withdraw), async (req, res) => {
    const ctx = actingStall(req);
    res.json({ offer: await offers.withdraw({ stallId: ctx.stall.id, audit: auditOf(ctx) }, input(req, Withdraw).params.id) });
  });
  return r;
}

/** The context's audit as a function the service can keep. */
const auditOf =
  (ctx: ActingStall): ActingStall["audit"] =>
  (m, change) =>
    ctx.audit(m, change);

const tags = ["demands"];
const one = json(OfferResponse, "The offer, as the buyer sees it");
const buyerMove = (summary: string, body: z.ZodType, extra: number[] = []) => ({
  post: {
    tags,
    summary,
    ...bearer,
    requestParams: { path: OfferIds },
    requestBody: { content: { "application/json": { schema: body } } },
    responses: { "200": one, ...errors(400, 401, 403, 404, 409, ...extra) },
  },
});
const ActingHeader = z.object({
  [ACTING_FOR_STALL_HEADER.toLowerCase()]: z.uuid().optional().meta({ description: "Act for this stall (see /api/seller)" }),
});
export const demandOffersPaths: ZodOpenApiPathsObject = {
  "/api/demands/{id}/offers": {
    post: {
      tags,
      summary: "An approved stall answers an open demand: one live offer per stall (409), a daily quota per stall (429)",
      ...bearer,
      requestParams: { path: DemandId, header: ActingHeader },
      requestBody: { content: { "application/json": { schema: CreateOfferRequest } } },
      responses: { "201": json(OfferResponse, "Made, open"), ...errors(400, 401, 403, 404, 409, 422, 429) },
    },
  },
  "/api/demands/{id}/offers/{offerId}/shortlist": buyerMove(
    "Shortlist an open offer: both sides then see each other's contacts",
    EmptyBody,
  ),
  "/api/demands/{id}/offers/{offerId}/counter": buyerMove(
    "Counter an offer: a new fixed round (at most 5 counters, else 422)",
    CounterOfferRequest,
    [422],
  ),
  "/api/demands/{id}/offers/{offerId}/award": buyerMove(
    "Award a shortlisted offer: all awards together stay within quantity × (1 + tolerance), else 422",
    AwardOfferRequest,
    [422],
  ),
  "/api/demands/{id}/offers/{offerId}/decline": buyerMove(
    "Decline an open or shortlisted offer, with a reason",
    DeclineOfferRequest,
  ),
  "/api/demands/{id}/offers/{offerId}/orders": {
    post: {
      tags,
      summary:
        "Turn an award into wholesale orders, one per delivery, priced as agreed (bank transfer or cash on delivery); once per award",
      ...bearer,
      requestParams: { path: OfferIds },
      requestBody: { content: { "application/json": { schema: AwardOrdersRequest } } },
      responses: {
        "201": json(AwardOrdersResponse, "The orders, by delivery"),
        "200": json(AwardOrdersResponse, "Made already: the same orders"),
        ...errors(400, 401, 403, 404, 409, 422),
      },
    },
  },
  "/api/seller/demands": {
    get: {
      tags: ["seller", ...tags],
      summary: "Demands for me: open demands my stall was matched to",
      ...bearer,
      requestParams: { query: SellerDemandQuery },
      responses: { "200": json(DemandList, "A page"), ...errors(400, 401, 403) },
    },
  },
  "/api/seller/demand-offers": {
    get: {
      tags: ["seller", ...tags],
      summary: "My stall's offers (the buyer's contacts once shortlisted)",
      ...bearer,
      responses: { "200": json(OfferList, "Mine"), ...errors(401, 403) },
    },
  },
  "/api/seller/demand-offers/{id}/counter": {
    post: {
      tags: ["seller", ...tags],
      summary: "Answer a counter with another round (at most 5 counters in all)",
      ...bearer,
      requestParams: { path: OfferId },
      requestBody: { content: { "application/json": { schema: CounterOfferRequest } } },
      responses: { "200": json(OfferResponse, "The offer"), ...errors(400, 401, 403, 404, 409, 422) },
    },
  },
  "/api/seller/demand-offers/{id}/product": {
    post: {
      tags: ["seller", ...tags],
      summary: "Name the product my offer is for (one of my stall's), until the award has become orders",
      ...bearer,
      requestParams: { path: OfferId },
      requestBody: { content: { "application/json": { schema: OfferProductRequest } } },
      responses: { "200": json(OfferResponse, "The offer"), ...errors(400, 401, 403, 404, 409, 422) },
    },
  },
  "/api/seller/demand-offers/{id}/withdraw": {
    post: {
      tags: ["seller", ...tags],
      summary: "Withdraw my open or shortlisted offer",
      ...bearer,
      requestParams: { path: OfferId },
      requestBody: { content: { "application/json": { schema: EmptyBody } } },
      responses: { "200": json(OfferResponse, "Withdrawn"), ...errors(400, 401, 403, 404, 409) },
    },
  },
};
