import { type Request, Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  CancelRequest,
  EmptyBody,
  SellerOrderList,
  SellerOrderQuery,
  SellerStallOrderResponse,
  type ShipItemBatches,
  ShipRequest,
} from "@chophien/contracts";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { actingStall, scope } from "../helpers/acting-stall";
import type { OrdersService } from "./orders.service";

const Id = z.object({ id: z.uuid("Not an order id") });

/** /api/seller/orders: a stall's inbox and the fulfilment steps (scope `orders`); another stall's order is 404. */
export function sellerOrdersRoutes({ orders }: { orders: OrdersService }): Router {
  const r = Router();
  const stallOf = (req: Request) => actingStall(req).stall;

  const List = { query: SellerOrderQuery };
  r.get("/seller/orders", scope("orders"), validate(List), async (req, res) => {
    res.json(await orders.listForSeller(stallOf(req), input(req, List).query));
  });

  const One = { params: Id };
  r.get("/seller/orders/:id", scope("orders"), validate(One), async (req, res) => {
    res.json({ stallOrder: await orders.getForSeller(stallOf(req), input(req, One).params.id) });
  });

  const steps = [
    ["confirm", EmptyBody],
    ["ship", ShipRequest],
    ["deliver", EmptyBody],
    ["cancel", CancelRequest],
  ] as const;
  for (const [action, body] of steps) {
    const Step = { params: Id, body };
    r.post(`/seller/orders/:id/${action}`, scope("orders"), validate(Step), async (req, res) => {
      const { params, body: b } = input(req, Step);
      const ctx = actingStall(req);
      const extra = b as { carrier?: string; trackingNumber?: string; reason?: string; items?: ShipItemBatches[] };
      await orders.sellerAction(ctx, params.id, {
        action,
        note: extra.reason ?? null,
        carrier: extra.carrier,
        trackingNumber: extra.trackingNumber,
        items: extra.items,
      });
      res.json({ stallOrder: await orders.getForSeller(ctx.stall, params.id) });
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
  "/api/seller/orders/{id}/ship": step(
    "Hand it to a carrier; optionally say which of my batches each item came from (quantities add up to the item's)",
    ShipRequest,
  ),
  "/api/seller/orders/{id}/deliver": step("Mark it delivered"),
  "/api/seller/orders/{id}/cancel": step("Cancel with a reason (stock returns)", CancelRequest),
};
