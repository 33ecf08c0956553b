import { createApiClient } from "@chophien/web";
import { getAccessToken, refreshAccessToken } from "../session/session-store";

/**
 * The console's one way to call the API: the in-memory bearer token, cookies (refresh), and on a 401 one shared
 * silent refresh then a single retry. Answers are typed with contract types.
 */
export const api = createApiClient({ getAccessToken, refreshAccessToken });
