import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { AddressList, AddressResponse, CreateAddressRequest, UpdateAddressRequest } from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { AddressesService } from "./addresses.service";

const Id = z.object({ id: z.uuid() });

/** The account's saved addresses: `/api/me/addresses` (signed-in users; someone else's address is a 404). */
export function addressesRoutes({ addresses, guard }: { addresses: AddressesService; guard: AuthGuard }): Router {
  const r = Router();
  r.get("/me/addresses", guard(), async (req, res) => {
    res.set("Cache-Control", "no-store");
    res.json(await addresses.list(currentUser(req)));
  });

  const Create = { body: CreateAddressRequest };
  r.post("/me/addresses", guard(), validate(Create), async (req, res) => {
    const address = await addresses.create(currentUser(req), input(req, Create).body);
    res.status(201).json({ address } satisfies AddressResponse);
  });

  const Update = { params: Id, body: UpdateAddressRequest };
  r.patch("/me/addresses/:id", guard(), validate(Update), async (req, res) => {
    const { params, body } = input(req, Update);
    res.json({ address: await addresses.update(currentUser(req), params.id, body) } satisfies AddressResponse);
  });

  const One = { params: Id };
  r.delete("/me/addresses/:id", guard(), validate(One), async (req, res) => {
    res.json(await addresses.remove(currentUser(req), input(req, One).params.id));
  });
  return r;
}

const tags = ["me"];
export const addressesPaths: ZodOpenApiPathsObject = {
  "/api/me/addresses": {
    get: {
      tags,
      summary: "My saved addresses, the default first",
      ...bearer,
      responses: { "200": json(AddressList, "Saved addresses"), ...errors(401) },
    },
    post: {
      tags,
      summary: "Save an address (at most 10; the first becomes the default)",
      ...bearer,
      requestBody: { content: { "application/json": { schema: CreateAddressRequest } } },
      responses: { "201": json(AddressResponse, "Saved"), ...errors(400, 401, 422) },
    },
  },
  "/api/me/addresses/{id}": {
    patch: {
      tags,
      summary: "Edit a saved address, or make it the default",
      ...bearer,
      requestParams: { path: Id },
      requestBody: { content: { "application/json": { schema: UpdateAddressRequest } } },
      responses: { "200": json(AddressResponse, "Updated"), ...errors(400, 401, 404) },
    },
    delete: {
      tags,
      summary: "Delete a saved address (the newest remaining one becomes the default)",
      ...bearer,
      requestParams: { path: Id },
      responses: { "200": json(AddressList, "The remaining addresses"), ...errors(401, 404) },
    },
  },
};
