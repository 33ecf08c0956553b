import { act } from "@testing-library/react";

/**
 * A scriptable XMLHttpRequest (photo uploads use XHR for their progress events): every request is kept, and the
 * test moves it along — `progress(0.5)`, then `respond(201, {...})` — to see each state on screen.
 */
export class FakeXhr {
  static requests: FakeXhr[] = [];
  method = "";
  url = "";
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  statusText = "";
  responseText = "";
  withCredentials = false;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeXhr.requests.push(this);
  }
  abort() {
    this.onabort?.();
  }

  /** The file sent in the multipart field `name`. */
  file(name = "image") {
    return this.body?.get(name) as File | null;
  }
  progress(fraction: number) {
    act(() => this.upload.onprogress?.({ lengthComputable: true, loaded: fraction * 1000, total: 1000 }));
  }
  /** Answers the request; awaited, so the page's reaction (state updates after the promise) happens inside act. */
  async respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    await act(async () => {
      this.onload?.();
      await Promise.resolve();
    });
  }

  /** Replaces the global XMLHttpRequest for one test. */
  static install() {
    FakeXhr.requests = [];
    const original = globalThis.XMLHttpRequest;
    globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
    return () => {
      globalThis.XMLHttpRequest = original;
    };
  }
}
