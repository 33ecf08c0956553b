export * from "./api";
export * from "./errors";
export * from "./format";
export * from "./http";
export * from "./i18n";
