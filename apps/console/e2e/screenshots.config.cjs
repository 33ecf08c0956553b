// `npm run screenshots -w @chophien/console`: retakes docs/screenshots/console/ from a busy demo stall.
const base = require("./jest.config.cjs");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  displayName: "@chophien/console screenshots",
  testMatch: ["<rootDir>/screenshots.e2e.ts"],
  testTimeout: 240_000,
  maxWorkers: 1,
};
