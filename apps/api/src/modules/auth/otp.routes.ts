import { Router, type Request, type Response } from "express";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  AuthResponse,
  MePhoneRequest,
  MePhoneVerifyRequest,
  OtpRequest,
  OtpVerifyRequest,
  UserResponse,
} from "@chophien/contracts";
import { type AuthGuard, currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { presentUser } from "../users/users.presenter";
import { replyWithSession } from "./auth.routes";
import type { AuthService } from "./auth.service";
import type { OtpCodes } from "./otp";

const Sent = z.object({ sent: z.literal(true), expiresInSeconds: z.number().int() });

export interface OtpRoutesDeps {
  otp: OtpCodes;
  auth: AuthService;
  guard: AuthGuard;
  secureCookies: boolean;
  /** Runs after a successful sign-in (e.g. merging the guest cart). */
  onSignIn?: (req: Request, res: Response, userId: string) => Promise<void>;
}

/**
 * Phone sign-in and adding a phone to an account. `POST /api/auth/otp` answers 202 whether or not the number has
 * an account (429 past the per-number or per-IP limit); verifying a code signs in, creating the account on first use.
 */
export function otpRoutes({ otp, auth, guard, secureCookies, onSignIn }: OtpRoutesDeps): Router {
  const r = Router();
  const sent = (res: Response) => res.status(202).set("Cache-Control", "no-store").json({ sent: true, expiresInSeconds: 300 });

  const Ask = { body: OtpRequest };
  r.post("/auth/otp", validate(Ask), async (req, res) => {
    await otp.send(input(req, Ask).body.phone, req.ip ?? "unknown");
    sent(res);
  });

  const Verify = { body: OtpVerifyRequest };
  r.post("/auth/otp/verify", validate(Verify), async (req, res) => {
    const { body } = input(req, Verify);
    const phone = await otp.verify(body.phone, body.code);
    const session = await auth.signInByPhone(phone);
    await onSignIn?.(req, res, session.user.id);
    replyWithSession(res, 200, session, secureCookies);
  });

  const AddPhone = { body: MePhoneRequest };
  r.post("/me/phone", guard(), validate(AddPhone), async (req, res) => {
    await otp.send(input(req, AddPhone).body.phone, req.ip ?? "unknown");
    sent(res);
  });

  const VerifyPhone = { body: MePhoneVerifyRequest };
  r.post("/me/phone/verify", guard(), validate(VerifyPhone), async (req, res) => {
    const { body } = input(req, VerifyPhone);
    const phone = await otp.verify(body.phone, body.code);
    const { user } = await auth.attachPhone(currentUser(req).id, phone);
    res.set("Cache-Control", "no-store").json({ user: presentUser(user) } satisfies UserResponse);
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
  "/api/auth/otp/verify": {
    post: {
      tags: ["auth"],
      summary: "Sign in with the SMS code; the first sign-in with a number creates a shopper account and claims its guest orders",
      description:
        "A wrong code spends one of the code's 5 tries; a wrong, spent, expired or never-sent code all get the same 400, " +
        "so the answer never says whether the number has an account.",
      requestBody: { content: { "application/json": { schema: OtpVerifyRequest } } },
      responses: { "200": json(AuthResponse, "Signed in; refresh token set as an httpOnly cookie"), ...errors(400) },
    },
  },
  "/api/me/phone": {
    post: {
      tags: ["me"],
      summary: "Text a code to a number to add it to my account (same limits as sign-in codes)",
      ...bearer,
      requestBody: { content: { "application/json": { schema: MePhoneRequest } } },
      responses: { "202": json(Sent, "Sent"), ...errors(400, 401, 429) },
    },
  },
  "/api/me/phone/verify": {
    post: {
      tags: ["me"],
      summary: "Prove the number with its code: it becomes my sign-in number and its guest orders move to me",
      ...bearer,
      requestBody: { content: { "application/json": { schema: MePhoneVerifyRequest } } },
      responses: { "200": json(UserResponse, "The account with its number"), ...errors(400, 401, 409) },
    },
  },
};
