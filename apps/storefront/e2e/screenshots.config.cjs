// `npm run screenshots -w @chophien/storefront`: retakes docs/screenshots/storefront/<lang>-demo-*.png from the
// lived-in demo market the API seeds on start.
const base = require("./jest.config.cjs");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  displayName: "@chophien/storefront screenshots",
  testMatch: ["<rootDir>/screenshots.e2e.ts"],
  testPathIgnorePatterns: [],
  testTimeout: 240_000,
  maxWorkers: 1,
};
