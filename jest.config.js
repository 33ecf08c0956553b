// `npm test` runs every workspace's suite; each project keeps its own settings in its jest.config.js.
/** @type {import('jest').Config} */
module.exports = {
  // Per-project testTimeout is ignored when jest runs projects: the API suite's database tests need more than 5 s.
  testTimeout: 30_000,
  projects: [
    "<rootDir>/packages/contracts",
    "<rootDir>/packages/vnpay",
    "<rootDir>/packages/web/jest.config.cjs",
    "<rootDir>/apps/api",
    "<rootDir>/apps/storefront/jest.config.cjs",
    "<rootDir>/apps/console/jest.config.cjs",
  ],
};
