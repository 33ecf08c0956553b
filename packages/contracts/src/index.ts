/** The contract between the API and its clients: zod schemas with their inferred types, enums and limits. */
export * from "./limits";
export * from "./common";
export * from "./auth";
export * from "./health";
