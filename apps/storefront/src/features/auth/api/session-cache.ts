import type { QueryClient } from "@tanstack/react-query";

/** Caches that belong to a person, not to the shop: dropped whenever who is signed in changes. */
const PERSONAL = [["orders"], ["order"], ["me"]];

/** After sign-in the API has merged the guest cart into the account's: fetch it again. */
export function onSignedIn(qc: QueryClient): void {
  for (const queryKey of PERSONAL) qc.removeQueries({ queryKey });
  void qc.invalidateQueries({ queryKey: ["cart"] });
}

/** After sign-out nothing personal may stay on screen; the cart is the (empty) guest cart again. */
export function onSignedOut(qc: QueryClient): void {
  for (const queryKey of PERSONAL) qc.removeQueries({ queryKey });
  void qc.invalidateQueries({ queryKey: ["cart"] });
}
