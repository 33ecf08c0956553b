// Helpers for both front ends' tests; they read files (node:fs) and use jest's globals, so never for the browser.
export * from "./boundaries";
export * from "./fake-api";
export * from "./locales";
