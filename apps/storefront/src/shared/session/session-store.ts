import type { AuthResponse, User } from "@chophien/contracts";
import { createApiClient } from "@chophien/web";
import { useSyncExternalStore } from "react";

/** Who is shopping: unknown until the silent refresh on load has answered. */
export type Session =
  { status: "loading"; user: null } | { status: "anonymous"; user: null } | { status: "signed-in"; user: User };

// The access token lives only in memory (never localStorage): a page reload gets a new one from the
// httpOnly refresh cookie, so script injection cannot walk away with a long-lived credential.
let accessToken: string | null = null;
let session: Session = { status: "loading", user: null };
const listeners = new Set<() => void>();
const bare = createApiClient();

// The refresh cookie is httpOnly, so script cannot tell whether one exists. This flag (no secret in it) says a
// sign-in happened in this browser; without it the load-time refresh is skipped — a guest on a slow connection
// does not pay a round trip, and the console shows no 401 on every page view.
const HINT = "cp_signed_in";
const hint = {
  get: () => typeof localStorage !== "undefined" && localStorage.getItem(HINT) === "1",
  set: (on: boolean) => {
    if (typeof localStorage === "undefined") return;
    if (on) localStorage.setItem(HINT, "1");
    else localStorage.removeItem(HINT);
  },
};

function publish(next: Session) {
  session = next;
  for (const l of listeners) l();
}

/** The current bearer token, if signed in. */
export const getAccessToken = () => accessToken;

/** The current session, outside React. */
export const getSession = () => session;

/** Remembers a sign-in answer (login, register, refresh). */
export function setSignedIn(auth: AuthResponse): void {
  accessToken = auth.accessToken;
  hint.set(true);
  publish({ status: "signed-in", user: auth.user });
}

/** Updates the signed-in user (after a profile edit) without touching the token. */
export function setUser(user: User): void {
  if (session.status === "signed-in") publish({ status: "signed-in", user });
}

/** Forgets the token and the user. */
export function setSignedOut(): void {
  accessToken = null;
  hint.set(false);
  publish({ status: "anonymous", user: null });
}

/**
 * Trades the httpOnly refresh cookie for a new access token; null when there is no valid session.
 * Callers must not run two at once — the cookie rotates — so the API client shares one in flight.
 */
export async function refreshAccessToken(): Promise<string | null> {
  try {
    setSignedIn(await bare<AuthResponse>("/auth/refresh", { method: "POST", noRefresh: true }));
    return accessToken;
  } catch {
    setSignedOut();
    return null;
  }
}

let restoring: Promise<unknown> | null = null;
/**
 * The silent sign-in on page load; runs once however often it is called (StrictMode mounts twice). Skipped,
 * straight to "anonymous", when this browser has never signed in (see HINT).
 */
export function restoreSession(): Promise<unknown> {
  restoring ??= hint.get() ? refreshAccessToken() : Promise.resolve(setSignedOut());
  return restoring;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The session, re-rendering when it changes. */
export function useSession(): Session {
  return useSyncExternalStore(subscribe, getSession, getSession);
}

/** Test helper: back to the state of a fresh page load. */
export function resetSessionForTests(next: Session = { status: "anonymous", user: null }, token: string | null = null): void {
  accessToken = token;
  restoring = null;
  publish(next);
}
