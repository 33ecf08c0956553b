// End-to-end tests: the built console served by the real, built API on a fresh PostgreSQL database, driven by
// Debian's Chromium through playwright-core. Needs `npm run build` first (apps/api/dist and apps/console/dist).
const preset = require("../../../jest.preset.js")(__dirname);

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: "@chophien/console e2e",
  testEnvironment: "node",
  // Every *.e2e.ts here but the screenshot run, which has its own config (screenshots.config.cjs): it rewrites
  // docs/screenshots/console/.
  testMatch: ["<rootDir>/*.e2e.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/screenshots\\.e2e\\.ts$"],
};
