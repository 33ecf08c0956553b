// Component tests in jsdom: TSX through SWC with the automatic JSX runtime, CSS modules as identity maps
// (className "row" for styles.row), workspace packages from source.
const path = require("node:path");
const preset = require("../../jest.preset.js")(__dirname);
const [swc, swcOptions] = preset.transform["^.+\\.(t|j)sx?$"];

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: "@chophien/console",
  testEnvironment: "jsdom",
  testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/src/**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      swc,
      { ...swcOptions, jsc: { ...swcOptions.jsc, transform: { ...swcOptions.jsc.transform, react: { runtime: "automatic" } } } },
    ],
  },
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    "\\.css$": "identity-obj-proxy",
    "^@chophien/web$": path.join(__dirname, "../../packages/web/src/index.ts"),
    "^@chophien/web/testing$": path.join(__dirname, "../../packages/web/src/testing/boundaries.ts"),
    "^@/(.*)$": "<rootDir>/src/$1",
  },
  setupFiles: ["<rootDir>/src/test/polyfills.ts"],
  setupFilesAfterEnv: ["@testing-library/jest-dom", "<rootDir>/src/test/setup.ts"],
};
