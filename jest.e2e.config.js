// `npm run test:e2e`: the browser journeys — the built server on a fresh PostgreSQL database, driven by
// Debian's Chromium through playwright-core. `npm run test:e2e` builds first; CI installs Chromium if missing.
/** @type {import('jest').Config} */
module.exports = {
  // Booting the API and driving a browser take a while; one journey at a time on a 2-core machine.
  testTimeout: 240_000,
  maxWorkers: 1,
  projects: ["<rootDir>/apps/storefront/e2e/jest.config.cjs", "<rootDir>/apps/console/e2e/jest.config.cjs"],
};
