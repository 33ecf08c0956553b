// End-to-end tests: the built console served by the real, built API on a fresh PostgreSQL database, driven by
// Debian's Chromium through playwright-core. Needs `npm run build` first (apps/api/dist and apps/console/dist).
const preset = require("../../../jest.preset.js")(__dirname);

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: "@chophien/console e2e",
  testEnvironment: "node",
  // The screenshot run has its own config (screenshots.config.cjs): it rewrites docs/screenshots/console/.
  testMatch: ["<rootDir>/journey.e2e.ts", "<rootDir>/helpers.e2e.ts", "<rootDir>/every-route.e2e.ts"],
};
