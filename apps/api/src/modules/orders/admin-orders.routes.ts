import { Router } from "express";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { AdminOrderQuery, Order, page } from "@chophien/contracts";
import type { AuthGuard } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { OrdersService } from "./orders.service";

/** GET /api/admin/orders: every order, filterable. Admins only. */
export function adminOrdersRoutes({ guard, orders }: { guard: AuthGuard; orders: OrdersService }): Router {
  const r = Router();
  const List = { query: AdminOrderQuery };
  r.get("/admin/orders", guard("admin"), validate(List), async (req, res) => {
    res.json(await orders.listForAdmin(input(req, List).query));
  });
  return r;
}

export const adminOrdersPaths: ZodOpenApiPathsObject = {
  "/api/admin/orders": {
    get: {
      tags: ["admin"],
      summary:
        "All orders (filters: status, stall slug, payment method, code, from/to dates in GMT+7, selfDealing: bought by the stall's own owner)",
      ...bearer,
      requestParams: { query: AdminOrderQuery },
      responses: { "200": json(page(Order).meta({ id: "AdminOrderList" }), "A page of orders"), ...errors(400, 401, 403) },
    },
  },
};
