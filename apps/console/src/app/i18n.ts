import { initI18n } from "@chophien/web";
import en from "../locales/en.json";
import vi from "../locales/vi.json";

/**
 * Both languages are bundled: the console is used by a few thousand sellers and admins all day, so switching must
 * be instant, and the English texts cost only a few kilobytes.
 */
const i18n = initI18n({ vi: { translation: vi }, en: { translation: en } });

// The tab's name until a page names itself (sign-in has no page header).
const nameTab = () => {
  if (typeof document !== "undefined") document.title = i18n.t("tabTitle");
};
if (i18n.isInitialized) nameTab();
else i18n.on("initialized", nameTab);

export default i18n;
