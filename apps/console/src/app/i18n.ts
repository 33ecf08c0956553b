import { initI18n } from "@chophien/web";
import en from "../locales/en.json";
import vi from "../locales/vi.json";

export default initI18n({ vi: { translation: vi }, en: { translation: en } });
