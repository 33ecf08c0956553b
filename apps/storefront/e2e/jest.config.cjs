// End-to-end tests: the built storefront served by the real API on a fresh PostgreSQL database, driven by
// Chromium through playwright-core. Needs `npm run build` first (apps/api/dist and apps/storefront/dist).
const preset = require("../../../jest.preset.js")(__dirname);

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: "@chophien/storefront e2e",
  testEnvironment: "node",
  testMatch: ["<rootDir>/**/*.e2e.ts"],
  // The documentation's screenshots have their own config (screenshots.config.cjs).
  testPathIgnorePatterns: ["/node_modules/", "/screenshots\\.e2e\\.ts$"],
};
