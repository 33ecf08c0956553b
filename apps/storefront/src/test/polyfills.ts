import { TextDecoder, TextEncoder } from "node:util";

// jsdom lacks the encoding API that react-router uses; Node's implementation is the standard one.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom's `crypto` has no `subtle`; the trace page recomputes hash chains with it, as browsers on https do.
import { webcrypto } from "node:crypto";
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis.crypto, "subtle", { value: webcrypto.subtle });
