/** @type {import('jest').Config} */
module.exports = {
  ...require("../../jest.preset.js")(__dirname),
  displayName: require("./package.json").name,
  globalSetup: "<rootDir>/test/global-setup.ts",
  globalTeardown: "<rootDir>/test/global-teardown.ts",
  testTimeout: 30000,
};
