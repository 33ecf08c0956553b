import { cleanup } from "@testing-library/react";
import i18n from "@/app/i18n";
import { resetSessionForTests } from "@/shared/session/session-store";

// Tests read the Vietnamese text a shopper sees; each starts from a clean page, session and language.
beforeEach(async () => {
  localStorage.clear();
  resetSessionForTests();
  await i18n.changeLanguage("vi");
});
afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});
