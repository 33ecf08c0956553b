// `npm test` runs every workspace's suite; each project keeps its own settings in its jest.config.js.
/** @type {import('jest').Config} */
module.exports = {
  projects: [
    "<rootDir>/packages/contracts",
    "<rootDir>/packages/vnpay",
    "<rootDir>/packages/web/jest.config.cjs",
    "<rootDir>/apps/api",
    "<rootDir>/apps/storefront/jest.config.cjs",
  ],
};
