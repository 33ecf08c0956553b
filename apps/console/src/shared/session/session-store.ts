import type { AuthResponse, User } from "@chophien/contracts";
import { createApiClient } from "@chophien/web";
import { useSyncExternalStore } from "react";

/** Who is at the desk: unknown until the silent refresh on load has answered. */
export type Session =
  { status: "loading"; user: null } | { status: "anonymous"; user: null } | { status: "signed-in"; user: User };

// The access token lives only in memory (never localStorage): a reload gets a new one from the httpOnly
// refresh cookie, so injected script cannot walk away with a long-lived credential.
let accessToken: string | null = null;
let session: Session = { status: "loading", user: null };
const listeners = new Set<() => void>();
const bare = createApiClient();

function publish(next: Session) {
  session = next;
  for (const l of listeners) l();
}

/** The current bearer token, if signed in. */
export const getAccessToken = () => accessToken;

/** The current session, outside React. */
export const getSession = () => session;

/** Remembers a sign-in answer (login or refresh). */
export function setSignedIn(auth: AuthResponse): void {
  accessToken = auth.accessToken;
  publish({ status: "signed-in", user: auth.user });
}

/** Updates the user (after GET /api/me: the role follows the stall's approval) without touching the token. */
export function setUser(user: User): void {
  if (session.status === "signed-in" && session.user !== user) publish({ status: "signed-in", user });
}

/** Forgets the token and the user. */
export function setSignedOut(): void {
  accessToken = null;
  publish({ status: "anonymous", user: null });
}

/**
 * Trades the httpOnly refresh cookie for a new access token; null when there is no valid session.
 * The cookie rotates, so two refreshes must never run at once: concurrent callers share the one in flight.
 */
let refreshing: Promise<string | null> | null = null;
export function refreshAccessToken(): Promise<string | null> {
  // Shared here too, not only in the JSON client: photo uploads (XMLHttpRequest) refresh through this as well.
  refreshing ??= bare<AuthResponse>("/auth/refresh", { method: "POST", noRefresh: true })
    .then((auth) => {
      setSignedIn(auth);
      return accessToken;
    })
    .catch(() => {
      setSignedOut();
      return null;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

let restoring: Promise<unknown> | null = null;
/**
 * The silent sign-in on page load, once however often it is called (StrictMode mounts twice). Unlike the
 * storefront, every console page needs a session, so the round trip is never wasted.
 */
export function restoreSession(): Promise<unknown> {
  restoring ??= refreshAccessToken();
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
  restoring = Promise.resolve();
  publish(next);
}
