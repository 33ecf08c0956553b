import { createApiClient } from "@chophien/web";
import { getAccessToken, refreshAccessToken } from "../session/session-store";

/**
 * The storefront's one way to call the API: cookies always (guest cart, refresh), the in-memory bearer token,
 * and on a 401 one shared silent refresh then a single retry. Answers are typed with contract types.
 */
export const api = createApiClient({ getAccessToken, refreshAccessToken });
