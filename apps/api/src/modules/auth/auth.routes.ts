import { Router, type Request, type Response } from "express";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  AuthResponse,
  ChangePasswordRequest,
  LoginRequest,
  PasswordResetConfirm,
  PasswordResetRequest,
  RegisterRequest,
  UnlockRequest,
} from "@chophien/contracts";
import type { AuthGuard } from "../../http/auth";
import { currentUser } from "../../http/auth";
import { bearer, errors, json } from "../../http/openapi-helpers";
import { input, validate } from "../../http/validate";
import { emailKey, type LoginLimiter, type Throttle } from "../../lib/rate-limit";
import { presentUser } from "../users/users.presenter";
import type { AuthService, Session } from "./auth.service";
import { REFRESH_TTL_SECONDS } from "./tokens";

/** The refresh token cookie: httpOnly, SameSite=Lax, sent only to the auth endpoints. */
export const REFRESH_COOKIE = "cp_refresh";
const COOKIE_PATH = "/api/auth";

/** Every sign-in's answer: the refresh token as an httpOnly cookie, the user and access token as JSON. */
export function replyWithSession(res: Response, status: number, s: Session, secureCookies: boolean): void {
  res.cookie(REFRESH_COOKIE, s.refreshToken, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies,
    path: COOKIE_PATH,
    maxAge: REFRESH_TTL_SECONDS * 1000,
  });
  res
    .status(status)
    .json({ user: presentUser(s.user), accessToken: s.accessToken, expiresIn: s.expiresIn } satisfies AuthResponse);
}

export interface AuthRoutesDeps {
  auth: AuthService;
  guard: AuthGuard;
  limiter: LoginLimiter;
  /** Secure cookies when the public URL is https. */
  secureCookies: boolean;
  /** Password-reset mails per address (a few an hour): past it the answer is still 202, but nothing is sent. */
  resetMails?: Throttle;
  /** Runs after a successful sign-in or registration (e.g. merging the guest cart). */
  onSignIn?: (req: Request, res: Response, userId: string) => Promise<void>;
}

/** /api/auth/* and /api/me/password. */
export function authRoutes({ auth, guard, limiter, resetMails, secureCookies, onSignIn }: AuthRoutesDeps): Router {
  const r = Router();

  const reply = (res: Response, status: number, s: Session) => replyWithSession(res, status, s, secureCookies);
  const bearerToken = (req: Request): string | undefined => req.headers.authorization?.match(/^Bearer\s+(\S+)$/)?.[1];
  const cookie = (req: Request): string | undefined => {
    const v = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
    return typeof v === "string" ? v : undefined;
  };

  const Register = { body: RegisterRequest };
  r.post("/auth/register", validate(Register), async (req, res) => {
    const { body } = input(req, Register);
    await limiter.fromClient(req.ip ?? "unknown");
    const session = await auth.register(body);
    await onSignIn?.(req, res, session.user.id);
    reply(res, 201, session);
  });

  const Login = { body: LoginRequest };
  r.post("/auth/login", validate(Login), async (req, res) => {
    const { body } = input(req, Login);
    const ip = req.ip ?? "unknown";
    const { alertOwner } = await limiter.attempt(ip, body.email);
    // The account is under attack: its owner gets a link that signs in whatever the back-off says.
    if (alertOwner) await auth.mailSignInLink(body.email);
    const session = await auth.login(body);
    await limiter.succeeded(ip, body.email);
    await onSignIn?.(req, res, session.user.id);
    reply(res, 200, session);
  });

  const ResetRequest = { body: PasswordResetRequest };
  r.post("/auth/password-reset", validate(ResetRequest), async (req, res) => {
    const { body } = input(req, ResetRequest);
    await limiter.fromClient(req.ip ?? "unknown");
    // The same answer, at about the same time, whether the address has an account, and whether its mails ran out.
    const allowed = resetMails
      ? await resetMails(emailKey(body.email)).then(
          () => true,
          () => false,
        )
      : true;
    if (allowed) await auth.requestPasswordReset(body.email);
    res.status(202).json({ ok: true });
  });

  const ResetConfirm = { body: PasswordResetConfirm };
  r.post("/auth/password-reset/confirm", validate(ResetConfirm), async (req, res) => {
    const { body } = input(req, ResetConfirm);
    await limiter.fromClient(req.ip ?? "unknown");
    const session = await auth.resetPassword(body);
    if (session.user.email) await limiter.forgetAccount(session.user.email);
    await onSignIn?.(req, res, session.user.id);
    reply(res, 200, session);
  });

  const Unlock = { body: UnlockRequest };
  r.post("/auth/unlock", validate(Unlock), async (req, res) => {
    const { body } = input(req, Unlock);
    await limiter.fromClient(req.ip ?? "unknown");
    const session = await auth.signInWithLink(body.token);
    if (session.user.email) await limiter.forgetAccount(session.user.email);
    await onSignIn?.(req, res, session.user.id);
    reply(res, 200, session);
  });

  r.post("/auth/refresh", async (req, res) => {
    try {
      reply(res, 200, await auth.refresh(cookie(req)));
    } catch (err) {
      res.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
      throw err;
    }
  });

  r.post("/auth/logout", async (req, res) => {
    await auth.logout(cookie(req), bearerToken(req));
    res.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
    res.status(204).end();
  });

  const ChangePassword = { body: ChangePasswordRequest };
  r.post("/me/password", guard(), validate(ChangePassword), async (req, res) => {
    reply(res, 200, await auth.changePassword(currentUser(req).id, input(req, ChangePassword).body, req.sessionId));
  });

  return r;
}

export const authPaths: ZodOpenApiPathsObject = {
  "/api/auth/register": {
    post: {
      tags: ["auth"],
      summary: "Create a shopper account and sign in",
      requestBody: { content: { "application/json": { schema: RegisterRequest } } },
      responses: { "201": json(AuthResponse, "Signed in; refresh token set as an httpOnly cookie"), ...errors(400, 409, 429) },
    },
  },
  "/api/auth/login": {
    post: {
      tags: ["auth"],
      summary: "Sign in with email and password",
      description:
        "Limited per IP, per (account, IP) and per account across every client (exponential back-off); 429 carries Retry-After. " +
        "When an account reaches the alert threshold its owner is mailed a one-time sign-in link (see /api/auth/unlock).",
      requestBody: { content: { "application/json": { schema: LoginRequest } } },
      responses: { "200": json(AuthResponse, "Signed in"), ...errors(400, 401, 429) },
    },
  },
  "/api/auth/unlock": {
    post: {
      tags: ["auth"],
      summary: "Sign in with the one-time link mailed when an account is under attack (30 minutes, once); ends its back-off",
      requestBody: { content: { "application/json": { schema: UnlockRequest } } },
      responses: {
        "200": json(AuthResponse, "Signed in; refresh token set as an httpOnly cookie"),
        ...errors(400, 401, 429),
      },
    },
  },
  "/api/auth/password-reset": {
    post: {
      tags: ["auth"],
      summary: "Mail a one-time password-reset link (30 minutes) — 202 whether or not the address has an account",
      requestBody: { content: { "application/json": { schema: PasswordResetRequest } } },
      responses: { "202": { description: "If the address has an account, a link is on its way" }, ...errors(400, 429) },
    },
  },
  "/api/auth/password-reset/confirm": {
    post: {
      tags: ["auth"],
      summary: "Set a new password with the link's token (once); ends every session of the account and signs this one in",
      requestBody: { content: { "application/json": { schema: PasswordResetConfirm } } },
      responses: {
        "200": json(AuthResponse, "Password set, signed in; refresh token set as an httpOnly cookie"),
        ...errors(400, 429),
      },
    },
  },
  "/api/auth/refresh": {
    post: {
      tags: ["auth"],
      summary: "Exchange the refresh cookie for a new access token (the cookie rotates)",
      responses: { "200": json(AuthResponse, "New tokens"), ...errors(401) },
    },
  },
  "/api/auth/logout": {
    post: {
      tags: ["auth"],
      summary: "End this session (the refresh cookie's, and the bearer token's if sent): its access tokens stop working at once",
      responses: { "204": { description: "Signed out" } },
    },
  },
  "/api/me/password": {
    post: {
      tags: ["me"],
      summary: "Change password; every session ends at once (access tokens too) and this device gets a fresh one",
      ...bearer,
      requestBody: { content: { "application/json": { schema: ChangePasswordRequest } } },
      responses: { "200": json(AuthResponse, "Password changed; new tokens for this session"), ...errors(400, 401) },
    },
  },
};
