// Component tests in jsdom, with the front ends' shared settings (packages/web/jest.preset.cjs).
/** @type {import('jest').Config} */
module.exports = { ...require("../../packages/web/jest.preset.cjs")(__dirname), displayName: "@chophien/console" };
