import { cleanup } from "@testing-library/react";
import i18n from "@/app/i18n";
import { resetSessionForTests } from "@/shared/session/session-store";

// Tests read the Vietnamese text a seller sees; each starts from a clean page, a signed-in seller and Vietnamese.
beforeEach(async () => {
  localStorage.clear();
  resetSessionForTests();
  await i18n.changeLanguage("vi");
});
afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});
