import i18n, { type Resource } from "i18next";
import { initReactI18next } from "react-i18next";

/** Sets up i18next for an app: Vietnamese first, the choice remembered in localStorage and on <html lang>. */
export function initI18n(resources: Resource): typeof i18n {
  const saved = typeof localStorage !== "undefined" ? localStorage.getItem("lang") : null;
  const lng = saved === "en" ? "en" : "vi";
  void i18n.use(initReactI18next).init({ resources, lng, fallbackLng: "vi", interpolation: { escapeValue: false } });
  if (typeof document !== "undefined") document.documentElement.lang = lng;
  i18n.on("languageChanged", (next) => {
    localStorage.setItem("lang", next);
    document.documentElement.lang = next;
  });
  return i18n;
}
