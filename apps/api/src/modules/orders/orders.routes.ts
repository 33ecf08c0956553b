import { Router, type RequestHandler } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  BuyerCancelRequest,
  CheckoutRequest,
  CheckoutResponse,
  OrderList,
  OrderListQuery,
  OrderResponse,
} from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { CART_COOKIE, guestCartId } from "../cart/cart.routes";
import { guestBuyer, handOverGuestCart } from "./guest-buyers";
import { AppError } from "../../http/errors";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { CheckoutService } from "./checkout.service";
import type { OrdersService } from "./orders.service";

const KEY = /^[A-Za-z0-9_.:-]{8,100}$/;
const Code = z.object({ code: z.string().regex(/^[A-Z0-9-]{6,24}$/, "Not an order code") });

/** The shopper's side: checkout, order history, order detail, cancel, confirm receipt. */
export function ordersRoutes({
  guard,
  optionalAuth,
  checkout,
  orders,
}: {
  guard: AuthGuard;
  /** Checkout takes a signed-in shopper or a guest (`guest` in the body, the cookie cart). */
  optionalAuth: RequestHandler;
  checkout: CheckoutService;
  orders: OrdersService;
}): Router {
  const r = Router();
  r.use("/orders", guard());

  const Checkout = { body: CheckoutRequest };
  // Without a token, only a guest checkout (a `guest` in the body) goes on to validation; anything else is a 401.
  const signedInOrGuest: RequestHandler = (req, _res, next) => {
    const body = req.body as { guest?: unknown } | undefined;
    if (!req.user && !body?.guest) throw AppError.unauthorized("Sign in, or check out as a guest with a name and phone");
    next();
  };
  r.post("/checkout", optionalAuth, signedInOrGuest, validate(Checkout), async (req, res) => {
    const key = req.get("Idempotency-Key");
    if (!key || !KEY.test(key))
      throw new AppError(
        "validation_failed",
        "Send an Idempotency-Key header (8–100 letters, digits or _.:-), new for each checkout attempt",
        [{ path: "headers.idempotency-key", message: key ? "Invalid format" : "Required" }],
      );
    const { body } = input(req, Checkout);
    if (req.user && body.guest)
      throw AppError.badRequest("Signed in: check out without `guest`", [
        { path: "body.guest", message: "Only without an account" },
      ]);
    const guest = !req.user && body.guest ? body.guest : undefined;
    if (!req.user && !guest) throw AppError.unauthorized("Sign in, or check out as a guest with a name and phone");
    const cartId = guestCartId(req);
    const result = await checkout.checkout(
      req.user ?? null,
      key,
      body,
      req.ip ?? "127.0.0.1",
      undefined,
      guest &&
        (async (m) => {
          const buyer = await guestBuyer(m, guest);
          if (!body.items) await handOverGuestCart(m, cartId, buyer.id);
          return buyer;
        }),
    );
    if (guest && !body.items && cartId) res.clearCookie(CART_COOKIE, { path: "/api" });
    if (result.replayed) res.set("Idempotent-Replayed", "true");
    res.status(201).json({ order: result.order, payment: result.payment } satisfies CheckoutResponse);
  });

  const List = { query: OrderListQuery };
  r.get("/orders", validate(List), async (req, res) => {
    res.json(await orders.listForBuyer(currentUser(req), input(req, List).query));
  });

  const One = { params: Code };
  r.get("/orders/:code", validate(One), async (req, res) => {
    res.set("Cache-Control", "no-store");
    res.json({ order: await orders.getForBuyer(currentUser(req), input(req, One).params.code) });
  });

  const Cancel = { params: Code, body: BuyerCancelRequest };
  r.post("/orders/:code/cancel", validate(Cancel), async (req, res) => {
    const { params, body } = input(req, Cancel);
    res.json({ order: await orders.buyerAction(currentUser(req), params.code, "cancel", body.reason) });
  });

  const CancelPart = { params: Code.extend({ stallOrderId: z.uuid("Not a stall order id") }), body: BuyerCancelRequest };
  r.post("/orders/:code/stall-orders/:stallOrderId/cancel", validate(CancelPart), async (req, res) => {
    const { params, body } = input(req, CancelPart);
    res.json({ order: await orders.buyerCancelPart(currentUser(req), params.code, params.stallOrderId, body.reason) });
  });

  r.post("/orders/:code/receive", validate(One), async (req, res) => {
    res.json({ order: await orders.buyerAction(currentUser(req), input(req, One).params.code, "complete") });
  });

  return r;
}

const tags = ["orders"];
export const ordersPaths: ZodOpenApiPathsObject = {
  "/api/checkout": {
    post: {
      tags,
      summary: "Place one order for the cart (or `items`), split per stall; stock is reserved atomically",
      description:
        "Signed in (bearer), or as a guest: no token, `guest: {fullName, phone}` in the body, the cookie cart. A guest finds the order " +
        "again with GET /api/orders/lookup; it moves to whoever later signs in by SMS code with that phone.",
      requestParams: {
        header: z.object({
          "Idempotency-Key": z.string().meta({ description: "new for each checkout attempt; a replay returns the same order" }),
        }),
      },
      requestBody: { content: { "application/json": { schema: CheckoutRequest } } },
      responses: {
        "201": json(CheckoutResponse, "The order and how to pay"),
        ...errors(400, 401, 409),
        "422": json(z.object({}), "The Idempotency-Key was used for another request"),
      },
    },
  },
  "/api/orders": {
    get: {
      tags,
      summary: "My orders, newest first",
      ...bearer,
      requestParams: { query: OrderListQuery },
      responses: { "200": json(OrderList, "A page of orders"), ...errors(400, 401) },
    },
  },
  "/api/orders/{code}": {
    get: {
      tags,
      summary: "One of my orders with its stall orders, items, timeline and payment",
      ...bearer,
      requestParams: { path: Code },
      responses: { "200": json(OrderResponse, "The order"), ...errors(401, 404) },
    },
  },
  "/api/orders/{code}/cancel": {
    post: {
      tags,
      summary: "Cancel what the sellers have not confirmed yet (stock returns)",
      ...bearer,
      requestParams: { path: Code },
      requestBody: { content: { "application/json": { schema: BuyerCancelRequest } } },
      responses: { "200": json(OrderResponse, "The order"), ...errors(401, 404, 409) },
    },
  },
  "/api/orders/{code}/stall-orders/{stallOrderId}/cancel": {
    post: {
      tags,
      summary: "Cancel one stall's part before that stall confirms it (stock returns; a paid part is refunded)",
      ...bearer,
      requestParams: { path: Code.extend({ stallOrderId: z.uuid() }) },
      requestBody: { content: { "application/json": { schema: BuyerCancelRequest } } },
      responses: { "200": json(OrderResponse, "The order"), ...errors(400, 401, 404, 409) },
    },
  },
  "/api/orders/{code}/receive": {
    post: {
      tags,
      summary: "Confirm receipt of the delivered parts (they complete)",
      ...bearer,
      requestParams: { path: Code },
      responses: { "200": json(OrderResponse, "The order"), ...errors(401, 404, 409) },
    },
  },
};
