import { TextDecoder, TextEncoder } from "node:util";

// jsdom lacks the encoding API that react-router uses; Node's implementation is the standard one.
Object.assign(globalThis, { TextEncoder, TextDecoder });
