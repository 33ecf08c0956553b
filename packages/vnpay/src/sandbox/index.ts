// Public surface of @chophien/vnpay/sandbox: a local VNPay for development and tests.
export { createSandbox } from "./create-sandbox";
export { ERROR_PAGE_CODES, SandboxPayError, type ErrorPageCode } from "./error-codes";
export { TEST_CARD, SANDBOX_BANKS } from "./banks";
export type * from "./types";
