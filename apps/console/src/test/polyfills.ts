import { TextDecoder, TextEncoder } from "node:util";

// jsdom lacks the encoding API that react-router uses; Node's implementation is the standard one.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom has <dialog> but not its modal methods; these do what the browser does to the `open` state.
if (typeof HTMLDialogElement !== "undefined" && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
}

// Previews of picked photos: jsdom has no object URLs.
let nextUrl = 1;
if (!("createObjectURL" in URL))
  Object.assign(URL, { createObjectURL: () => `blob:test/${nextUrl++}`, revokeObjectURL: () => undefined });

// recharts measures its container with ResizeObserver; jsdom has no layout, so there is nothing to observe.
if (!("ResizeObserver" in globalThis))
  Object.assign(globalThis, {
    ResizeObserver: class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  });
