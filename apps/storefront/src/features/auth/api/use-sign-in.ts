import type { AuthResponse } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { setSignedIn } from "@/shared/session/session-store";
import { onSignedIn } from "./session-cache";

/** A mutation for any call that answers with a new session (sign-in, sign-up, a mailed link): keeps it and refetches. */
export function useSignInMutation<T>(call: (body: T) => Promise<AuthResponse>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (auth) => {
      setSignedIn(auth);
      onSignedIn(qc);
    },
  });
}
