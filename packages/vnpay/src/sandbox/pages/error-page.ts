import { ERROR_PAGE_TEXT, type ErrorPageCode } from "../error-codes";
import { escapeHtml, layout } from "./html";
import { t } from "./i18n";

function isKnownCode(code: string): code is ErrorPageCode {
  return Object.hasOwn(ERROR_PAGE_TEXT, code);
}

/** Error.html: the payer's locale is unknown here (the request may be forged), so it speaks both languages. */
export function renderErrorPage(code: string): string {
  const text = isKnownCode(code) ? ERROR_PAGE_TEXT[code] : { vn: "Lỗi không xác định", en: "Unknown error" };
  const content = `<section>
<h1>${escapeHtml(t("vn", "errorTitle"))} / ${escapeHtml(t("en", "errorTitle"))}</h1>
<div class="code">${escapeHtml(t("vn", "errorCode"))} ${escapeHtml(code)}</div>
<p lang="vi">${escapeHtml(text.vn)}</p>
<p lang="en">${escapeHtml(text.en)}</p>
</section>`;
  return layout("vn", `${t("vn", "errorTitle")} - ${code}`, content, "single");
}
