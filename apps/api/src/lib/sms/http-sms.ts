import type { SmsSender } from "./sms";

/**
 * A real provider: a generic HTTP SMS gateway (the JSON shape most Vietnamese brandname-SMS resellers accept):
 * `POST <url>` with `Authorization: Bearer <token>` and `{to, text, sender}`; any 2xx is sent. Selected by
 * `SMS_PROVIDER=http` with `SMS_HTTP_URL`, `SMS_HTTP_TOKEN` and `SMS_SENDER` (the registered brandname).
 * Never called by the tests: they use the outbox.
 */
export function createHttpSms(opts: {
  url: string;
  token: string;
  sender: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): SmsSender {
  const doFetch = opts.fetch ?? fetch;
  return {
    async send(msg) {
      const res = await doFetch(opts.url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${opts.token}` },
        body: JSON.stringify({ to: msg.to, text: msg.text, sender: opts.sender }),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
      });
      if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
    },
  };
}
