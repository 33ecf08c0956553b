import type { CompletionDeps } from "./completion";
import type { SessionStore } from "./sessions";
import type { SandboxMerchant } from "./types";

/** Everything a sandbox route needs: terminals, state, IPN delivery and the clock. */
export interface SandboxContext extends CompletionDeps {
  merchants: ReadonlyMap<string, SandboxMerchant>;
  sessions: SessionStore;
}

/** The request as the router sees it: path without the mount prefix, and that prefix for building links. */
export interface Route {
  method: string;
  path: string;
  /** Where the sandbox is mounted (`""` or e.g. `/vnpay-sandbox`); prepended to every link it renders. */
  prefix: string;
  search: URLSearchParams;
}
