/** The minimum of a browser the HTML tests need: GET/POST with manual redirects, and form tokens. */
export interface PageResponse {
  status: number;
  location: string | null;
  html: string;
  headers: Headers;
}

/** GETs a URL without following redirects. */
export async function get(url: string): Promise<PageResponse> {
  const response = await fetch(url, { redirect: "manual" });
  return {
    status: response.status,
    location: response.headers.get("location"),
    html: await response.text(),
    headers: response.headers,
  };
}

/** POSTs form fields (application/x-www-form-urlencoded) without following redirects. */
export async function postForm(url: string, fields: Record<string, string>): Promise<PageResponse> {
  const response = await fetch(url, { method: "POST", body: new URLSearchParams(fields), redirect: "manual" });
  return {
    status: response.status,
    location: response.headers.get("location"),
    html: await response.text(),
    headers: response.headers,
  };
}

/** The hidden session token of the page's forms. */
export function tokenOf(html: string): string {
  const match = /name="token" value="([0-9a-f]{32})"/.exec(html);
  if (!match?.[1]) throw new Error("no session token on the page");
  return match[1];
}

/** The action of the first form whose action ends with `suffix`. */
export function formAction(html: string, suffix: string): string {
  const actions = [...html.matchAll(/<form method="post" action="([^"]+)"/g)].map((m) => m[1] ?? "");
  const action = actions.find((a) => a.endsWith(suffix));
  if (!action) throw new Error(`no form posting to *${suffix}; found ${actions.join(", ")}`);
  return action;
}

/** Polls until `check` passes (IPN delivery runs in the background of the HTML flow). */
export async function eventually(check: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
