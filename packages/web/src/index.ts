export * from "./api";
export * from "./errors";
// Prices and GMT+7 dates are formatted the same on the server (mail, link previews) and in the apps.
export { VN_TIME_ZONE, formatDateTime, formatVnd } from "@chophien/contracts";
export * from "./http";
export * from "./i18n";
export * from "./toast-store";
export * from "./ui/field";
export * from "./ui/icon";
export * from "./use-debounced-value";
export * from "./use-format";
