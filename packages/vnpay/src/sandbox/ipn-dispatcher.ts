import type { IpnAttemptResult, IpnDelivery } from "./types";

/** Retry policy and transport of IPN calls. */
export interface IpnDispatcherOptions {
  fetch: typeof fetch;
  maxAttempts: number;
  intervalMs: number;
  timeoutMs: number;
}

/** Calls merchants' IPN URLs like VNPay: GET, retried until RspCode 00/02 or the attempts run out. */
export class IpnDispatcher {
  private closed = false;
  // Wakes every pending retry pause with `false` on close().
  private readonly sleepers = new Set<(continued: boolean) => void>();
  private readonly inFlight = new Set<AbortController>();

  constructor(private readonly options: IpnDispatcherOptions) {}

  /** Delivers one IPN; resolves (never rejects) with the outcome once done, exhausted or closed. */
  async deliver(url: string): Promise<IpnDelivery> {
    let lastResponse: IpnAttemptResult | undefined;
    for (let attempt = 1; attempt <= this.options.maxAttempts; attempt += 1) {
      if (this.closed) return { delivered: false, attempts: attempt - 1, lastResponse };
      lastResponse = await this.call(url);
      const accepted = lastResponse.statusCode === 200 && (lastResponse.rspCode === "00" || lastResponse.rspCode === "02");
      if (accepted) return { delivered: true, attempts: attempt, lastResponse };
      if (attempt < this.options.maxAttempts && !(await this.pause())) {
        return { delivered: false, attempts: attempt, lastResponse };
      }
    }
    return { delivered: false, attempts: this.options.maxAttempts, lastResponse };
  }

  /** Stops every pending retry and aborts calls in flight. */
  close(): void {
    this.closed = true;
    for (const wake of this.sleepers) wake(false);
    this.sleepers.clear();
    for (const controller of this.inFlight) controller.abort();
  }

  private pause(): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    return new Promise((resolve) => {
      const wake = (continued: boolean): void => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve(continued);
      };
      const timer = setTimeout(() => wake(true), this.options.intervalMs);
      this.sleepers.add(wake);
    });
  }

  private async call(url: string): Promise<IpnAttemptResult> {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new Error(`IPN call timed out after ${this.options.timeoutMs} ms`)),
      this.options.timeoutMs,
    );
    this.inFlight.add(controller);
    try {
      const response = await this.options.fetch(url, {
        method: "GET",
        headers: { accept: "application/json" },
        signal: controller.signal,
      });
      const body = await response.text();
      const rspCode = readRspCode(body);
      return { statusCode: response.status, body, ...(rspCode !== undefined && { rspCode }) };
    } catch (error) {
      const reason: unknown = controller.signal.aborted ? controller.signal.reason : error;
      return { error: reason instanceof Error ? reason.message : String(reason) };
    } finally {
      clearTimeout(timer);
      this.inFlight.delete(controller);
    }
  }
}

function readRspCode(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === "object" && parsed !== null && "RspCode" in parsed) {
      const code: unknown = parsed.RspCode;
      return typeof code === "string" ? code : undefined;
    }
  } catch {
    // Not JSON: counts as a failed delivery, the body is kept for debugging.
  }
  return undefined;
}
