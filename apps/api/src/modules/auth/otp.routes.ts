import { Router } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { OtpRequest } from "@chophien/contracts";
import { errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import type { OtpCodes } from "./otp";

const Sent = z.object({ sent: z.literal(true), expiresInSeconds: z.number().int() });

/** POST /api/auth/otp: 202 whether or not the number has an account (429 past the per-number or per-IP limit). */
export function otpRoutes({ otp }: { otp: OtpCodes }): Router {
  const r = Router();
  const Ask = { body: OtpRequest };
  r.post("/auth/otp", validate(Ask), async (req, res) => {
    await otp.send(input(req, Ask).body.phone, req.ip ?? "unknown");
    res.status(202).set("Cache-Control", "no-store").json({ sent: true, expiresInSeconds: 300 });
  });
  return r;
}

export const otpPaths: ZodOpenApiPathsObject = {
  "/api/auth/otp": {
    post: {
      tags: ["auth"],
      summary: "Text a 6-digit sign-in code (5 minutes, 5 tries) to a Vietnamese mobile number; the same 202 for every number",
      requestBody: { content: { "application/json": { schema: OtpRequest } } },
      responses: { "202": json(Sent, "Sent (if the number can receive SMS)"), ...errors(400, 429) },
    },
  },
};
