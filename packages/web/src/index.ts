export * from "./api";
export * from "./format";
export * from "./i18n";
