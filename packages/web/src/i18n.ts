import i18n, { type BackendModule, type Resource } from "i18next";
import { initReactI18next } from "react-i18next";

/** Loads one language's texts (the default namespace) on demand, as a JSON module: `() => import("./en.json")`. */
export type LanguageLoader = (lng: string) => Promise<{ default: Record<string, unknown> }>;

/** An i18next backend over a loader: languages not bundled are fetched the first time they are needed. */
function lazyBackend(load: LanguageLoader): BackendModule {
  return {
    type: "backend",
    init: () => undefined,
    read(lng, _ns, callback) {
      // One namespace per app ("translation"), so the module is that namespace's texts.
      load(lng)
        .then((mod) => callback(null, mod.default))
        .catch((err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), false));
    },
  };
}

/**
 * The language to start in: the one chosen before (kept in localStorage), else the first of the browser's
 * preferred languages (`navigator.languages`, what it sends as Accept-Language) that we have, else Vietnamese.
 */
export function pickLanguage(saved: string | null, preferred: readonly string[]): "vi" | "en" {
  if (saved === "vi" || saved === "en") return saved;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "vi" || base === "en") return base;
  }
  return "vi";
}

/**
 * Sets up i18next for an app: the visitor's language (`pickLanguage`), the choice remembered in localStorage and on <html lang>.
 * `resources` are bundled (give at least Vietnamese); with `load`, other languages are fetched when first used,
 * so most shoppers — Vietnamese — never download the English text.
 */
export function initI18n(resources: Resource, load?: LanguageLoader): typeof i18n {
  const saved = typeof localStorage !== "undefined" ? localStorage.getItem("lang") : null;
  const lng = pickLanguage(saved, typeof navigator !== "undefined" ? navigator.languages : []);
  if (load) i18n.use(lazyBackend(load));
  void i18n.use(initReactI18next).init({
    resources,
    partialBundledLanguages: Boolean(load),
    lng,
    fallbackLng: "vi",
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  if (typeof document !== "undefined") document.documentElement.lang = lng;
  i18n.on("languageChanged", (next) => {
    localStorage.setItem("lang", next);
    document.documentElement.lang = next;
  });
  return i18n;
}
