// Shared jest settings: TypeScript through SWC (legacy decorators for TypeORM), workspace packages from source.
const path = require("node:path");

/** @param {string} dir the workspace folder; @returns {import('jest').Config} */
module.exports = function preset(dir) {
  return {
    rootDir: dir,
    testEnvironment: "node",
    testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
    transform: {
      "^.+\\.(t|j)sx?$": [
        require.resolve("@swc/jest"),
        {
          jsc: {
            parser: { syntax: "typescript", decorators: true, tsx: true },
            transform: { legacyDecorator: true, decoratorMetadata: false, useDefineForClassFields: false },
            target: "es2023",
          },
          module: { type: "commonjs" },
        },
      ],
    },
    moduleNameMapper: {
      "^@chophien/contracts$": path.join(__dirname, "packages/contracts/src/index.ts"),
      "^@chophien/vnpay$": path.join(__dirname, "packages/vnpay/src/index.ts"),
      "^@chophien/vnpay/sandbox$": path.join(__dirname, "packages/vnpay/src/sandbox/index.ts"),
    },
  };
};
