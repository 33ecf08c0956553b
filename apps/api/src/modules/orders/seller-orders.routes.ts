import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  CancelRequest,
  EmptyBody,
  SellerOrderList,
  SellerOrderQuery,
  SellerStallOrderResponse,
  ShipRequest,
} from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { StallsService } from "../stalls/stalls.service";
import type { OrdersService } from "./orders.service";

const Id = z.object({ id: z.uuid("Not an order id") });

/** /api/seller/orders: a stall's inbox and the fulfilment steps; another stall's order is 404. */
export function sellerOrdersRoutes({
  guard,
  stalls,
  orders,
}: {
  guard: AuthGuard;
  stalls: StallsService;
  orders: OrdersService;
}): Router {
  const r = Router();
  r.use("/seller/orders", guard());
  const stallOf = (req: Parameters<typeof currentUser>[0]) => stalls.approvedStallOf(currentUser(req));

  const List = { query: SellerOrderQuery };
  r.get("/seller/orders", validate(List), async (req, res) => {
    res.json(await orders.listForSeller(await stallOf(req), input(req, List).query));
  });

  const One = { params: Id };
  r.get("/seller/orders/:id", validate(One), async (req, res) => {
    res.json({ stallOrder: await orders.getForSeller(await stallOf(req), input(req, One).params.id) });
  });

  const steps = [
    ["confirm", EmptyBody],
    ["ship", ShipRequest],
    ["deliver", EmptyBody],
    ["cancel", CancelRequest],
  ] as const;
  for (const [action, body] of steps) {
    const Step = { params: Id, body };
    r.post(`/seller/orders/:id/${action}`, validate(Step), async (req, res) => {
      const { params, body: b } = input(req, Step);
      const stall = await stallOf(req);
      const extra = b as { carrier?: string; trackingNumber?: string; reason?: string };
      await orders.sellerAction(stall, currentUser(req), params.id, {
        action,
        note: extra.reason ?? null,
        carrier: extra.carrier,
        trackingNumber: extra.trackingNumber,
      });
      res.json({ stallOrder: await orders.getForSeller(stall, params.id) });
    });
  }
  return r;
}

const step = (summary: string, body?: z.ZodType) => ({
  post: {
    tags: ["seller"],
    summary,
    ...bearer,
    requestParams: { path: Id },
    ...(body ? { requestBody: { content: { "application/json": { schema: body } } } } : {}),
    responses: { "200": json(SellerStallOrderResponse, "The stall order"), ...errors(400, 401, 403, 404, 409) },
  },
});

export const sellerOrdersPaths: ZodOpenApiPathsObject = {
  "/api/seller/orders": {
    get: {
      tags: ["seller"],
      summary: "My stall's orders by status, with counts per status",
      ...bearer,
      requestParams: { query: SellerOrderQuery },
      responses: { "200": json(SellerOrderList, "A page of stall orders"), ...errors(400, 401, 403) },
    },
  },
  "/api/seller/orders/{id}": {
    get: {
      tags: ["seller"],
      summary: "One stall order",
      ...bearer,
      requestParams: { path: Id },
      responses: { "200": json(SellerStallOrderResponse, "The stall order"), ...errors(401, 403, 404) },
    },
  },
  "/api/seller/orders/{id}/confirm": step("Confirm a placed order"),
  "/api/seller/orders/{id}/ship": step("Hand it to a carrier", ShipRequest),
  "/api/seller/orders/{id}/deliver": step("Mark it delivered"),
  "/api/seller/orders/{id}/cancel": step("Cancel with a reason (stock returns)", CancelRequest),
};
