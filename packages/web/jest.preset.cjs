// The front ends' component tests (apps/storefront, apps/console) in jsdom: TSX through SWC with the automatic JSX
// runtime, CSS modules as identity maps (className "card" for styles.card), workspace packages from source, `@/` for
// the app's src, and each app's src/test/polyfills.ts and src/test/setup.ts.
const path = require("node:path");

/** @param {string} dir the app's folder; @returns {import('jest').Config} */
module.exports = function frontEndPreset(dir) {
  const preset = require("../../jest.preset.js")(dir);
  const [swc, swcOptions] = preset.transform["^.+\\.(t|j)sx?$"];
  return {
    ...preset,
    testEnvironment: "jsdom",
    testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/src/**/*.test.tsx"],
    transform: {
      "^.+\\.(t|j)sx?$": [
        swc,
        {
          ...swcOptions,
          jsc: { ...swcOptions.jsc, transform: { ...swcOptions.jsc.transform, react: { runtime: "automatic" } } },
        },
      ],
    },
    moduleNameMapper: {
      ...preset.moduleNameMapper,
      "\\.css$": "identity-obj-proxy",
      "^@chophien/web$": path.join(__dirname, "src/index.ts"),
      "^@chophien/web/testing$": path.join(__dirname, "src/testing/index.ts"),
      "^@/(.*)$": "<rootDir>/src/$1",
    },
    setupFiles: ["<rootDir>/src/test/polyfills.ts"],
    setupFilesAfterEnv: ["@testing-library/jest-dom", "<rootDir>/src/test/setup.ts"],
  };
};
