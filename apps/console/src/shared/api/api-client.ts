import { ACTING_FOR_STALL_HEADER } from "@chophien/contracts";
import { createApiClient, type ApiClient } from "@chophien/web";
import { getActingFor } from "../session/acting-store";
import { getAccessToken, refreshAccessToken } from "../session/session-store";

const client = createApiClient({ getAccessToken, refreshAccessToken });

/** The acting stall's routes: everything under /seller, and the one outside it, a stall's offer on a demand. */
const actsForStall = (path: string) => path.startsWith("/seller") || /^\/demands\/[^/?]+\/offers$/.test(path);

/**
 * The console's one way to call the API: the in-memory bearer token, cookies (refresh), and on a 401 one shared
 * silent refresh then a single retry. Answers are typed with contract types. While a helper acts for a stall,
 * every /seller call (and a stall's offer on a demand) names it in `X-Acting-For-Stall`, and nothing else does: the
 * owner's pages never carry it.
 */
export const api: ApiClient = (path, init = {}) => {
  const acting = getActingFor();
  if (!acting || !actsForStall(path)) return client(path, init);
  return client(path, { ...init, headers: { ...init.headers, [ACTING_FOR_STALL_HEADER]: acting.stallId } });
};
