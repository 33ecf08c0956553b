/** The contract between the API and its clients: zod schemas with their inferred types, enums and limits. */
export * from "./limits";
export * from "./common";
export * from "./text";
export * from "./format";
export * from "./provinces";
export * from "./auth";
export * from "./health";
export * from "./media";
export * from "./stalls";
export * from "./acting";
export * from "./catalog";
export * from "./orders";
export * from "./reviews";
export * from "./ledger";
export * from "./insights";
export * from "./traceability";
export * from "./gs1";
