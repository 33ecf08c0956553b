import { Router, type Request, type RequestHandler, type Response } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import type { DataSource } from "typeorm";
import { CartQuery, CartResponse, CartVoucherList, PutCartItemRequest } from "@chophien/contracts";
import { errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { cartVouchers, previewVouchers } from "../vouchers/voucher-preview";
import type { VoucherGuessGuard } from "../vouchers/voucher-rules";
import type { CartOwner, CartService } from "./cart.service";

/** The guest cart's id travels in this httpOnly cookie until sign-in merges it. */
export const CART_COOKIE = "cp_cart";
const COOKIE = { httpOnly: true, sameSite: "lax" as const, path: "/api", maxAge: 30 * 24 * 3600 * 1000 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function guestCartId(req: Request): string | undefined {
  const v = (req.cookies as Record<string, unknown> | undefined)?.[CART_COOKIE];
  return typeof v === "string" && UUID.test(v) ? v : undefined;
}

const ownerOf = (req: Request): CartOwner => (req.user ? { userId: req.user.id } : { guestCartId: guestCartId(req) });

/** The stored cart, or with `buyNow` that one product alone ("Mua ngay", nothing stored). */
const viewFor = (cart: CartService, req: Request, q: { province?: string; buyNow?: string; quantity?: number }) =>
  q.buyNow ? cart.quote([{ productId: q.buyNow, quantity: q.quantity ?? 1 }], q.province) : cart.view(ownerOf(req), q.province);

/** /api/cart for guests and signed-in shoppers alike (`optionalAuth` decides whose cart it is). */
export function cartRoutes({
  cart,
  optionalAuth,
  secureCookies,
  vouchers,
}: {
  cart: CartService;
  optionalAuth: RequestHandler;
  secureCookies: boolean;
  /** Voucher previews (`?voucherCodes=`, `/cart/vouchers`); without it the cart ignores codes. */
  vouchers?: { ds: DataSource; guesses?: VoucherGuessGuard };
}): Router {
  const r = Router();
  r.use("/cart", optionalAuth);

  const View = { query: CartQuery };
  r.get("/cart", validate(View), async (req, res) => {
    res.set("Cache-Control", "no-store");
    const query = input(req, View).query;
    const { voucherCodes } = query;
    const view = await viewFor(cart, req, query);
    if (vouchers && voucherCodes?.length) {
      await vouchers.guesses?.(voucherCodes, { userId: req.user?.id ?? null, ip: req.ip ?? "127.0.0.1" });
      view.voucherPreview = await previewVouchers(vouchers.ds.manager, view, voucherCodes, req.user?.id ?? null);
    }
    res.json({ cart: view } satisfies CartResponse);
  });

  const Vouchers = { query: CartQuery.pick({ province: true, buyNow: true, quantity: true }) };
  r.get("/cart/vouchers", validate(Vouchers), async (req, res) => {
    res.set("Cache-Control", "no-store");
    const view = await viewFor(cart, req, input(req, Vouchers).query);
    const list = vouchers ? await cartVouchers(vouchers.ds.manager, view, req.user?.id ?? null) : { items: [] };
    res.json(list satisfies CartVoucherList);
  });

  const Put = { body: PutCartItemRequest };
  r.put("/cart/items", validate(Put), async (req, res) => {
    const { productId, quantity } = input(req, Put).body;
    const id = await cart.setQuantity(ownerOf(req), productId, quantity);
    if (!req.user && id && id !== guestCartId(req)) res.cookie(CART_COOKIE, id, { ...COOKIE, secure: secureCookies });
    res.json({
      cart: await cart.view(req.user ? { userId: req.user.id } : { guestCartId: id || undefined }),
    } satisfies CartResponse);
  });

  const Delete = { params: z.object({ productId: z.uuid("Not a product id") }) };
  r.delete("/cart/items/:productId", validate(Delete), async (req, res) => {
    await cart.setQuantity(ownerOf(req), input(req, Delete).params.productId, 0);
    res.json({ cart: await cart.view(ownerOf(req)) } satisfies CartResponse);
  });

  return r;
}

/** Runs after every sign-in: the guest cart in the cookie joins the user's cart, and the cookie goes. */
export function mergeCartOnSignIn(cart: CartService) {
  return async (req: Request, res: Response, userId: string): Promise<void> => {
    const id = guestCartId(req);
    if (!id) return;
    await cart.mergeGuest(id, userId);
    res.clearCookie(CART_COOKIE, { path: "/api" });
  };
}

export const cartPaths: ZodOpenApiPathsObject = {
  "/api/cart": {
    get: {
      tags: ["cart"],
      summary:
        "The cart grouped by stall with current prices, fees and lines needing attention (guest: cookie cart); with `buyNow`, that one product alone",
      requestParams: { query: CartQuery },
      responses: { "200": json(CartResponse, "The cart"), ...errors(400, 401, 429) },
    },
  },
  "/api/cart/vouchers": {
    get: {
      tags: ["cart"],
      summary: "The vouchers this cart could use (the market's and its stalls'), each with what it would save or why not",
      requestParams: { query: CartQuery.pick({ province: true, buyNow: true, quantity: true }) },
      responses: { "200": json(CartVoucherList, "Vouchers for the cart"), ...errors(400, 401) },
    },
  },
  "/api/cart/items": {
    put: {
      tags: ["cart"],
      summary: "Set a product's quantity (0 removes it)",
      requestBody: { content: { "application/json": { schema: PutCartItemRequest } } },
      responses: { "200": json(CartResponse, "The cart"), ...errors(400, 401, 404, 409) },
    },
  },
  "/api/cart/items/{productId}": {
    delete: {
      tags: ["cart"],
      summary: "Remove a product from the cart",
      requestParams: { path: z.object({ productId: z.uuid() }) },
      responses: { "200": json(CartResponse, "The cart"), ...errors(400, 401) },
    },
  },
};
