import type { Locale } from "../../types";

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and double- or single-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** `120000` → `120.000 ₫`, as VNPay shows đồng (dots between thousands, no decimals). */
export function formatDong(amount: number): string {
  return `${Math.trunc(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".")} ₫`;
}

/** `yyyyMMddHHmmss` → `HH:mm:ss dd/MM/yyyy` (still GMT+7). */
export function formatVnpDateForDisplay(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  return m ? `${m[4]}:${m[5]}:${m[6]} ${m[3]}/${m[2]}/${m[1]}` : value;
}

// Inline only: the sandbox must render without network access, and CSP forbids anything external.
const STYLES = `
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#eef2f7;color:#1f2d3d}
header{background:#005baa;color:#fff;padding:14px 24px;display:flex;justify-content:space-between;align-items:center}
header strong{font-size:20px;letter-spacing:.5px}header span{font-size:13px;opacity:.85}
.banner{background:#fff4ce;color:#6b5200;padding:8px 24px;font-size:13px;text-align:center}
main{max-width:880px;margin:24px auto;padding:0 16px;display:grid;grid-template-columns:1fr 1.4fr;gap:20px}
main.single{grid-template-columns:1fr;max-width:520px}
section{background:#fff;border-radius:10px;padding:20px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h1{font-size:18px;margin:0 0 14px}h2{font-size:15px;margin:18px 0 8px;color:#52667a}
dl{margin:0}dt{font-size:12px;color:#6b7c8f;text-transform:uppercase;letter-spacing:.4px}dd{margin:0 0 12px;word-break:break-word}
dd.amount{font-size:26px;font-weight:700;color:#d71920}
label{display:block;font-size:13px;color:#52667a;margin:12px 0 4px}
input,select{width:100%;padding:10px 12px;border:1px solid #c5d0dc;border-radius:6px;font-size:15px}
button{border:0;border-radius:6px;padding:11px 18px;font-size:15px;cursor:pointer}
.primary{background:#005baa;color:#fff;width:100%;margin-top:18px}.secondary{background:#e4e9ef;color:#1f2d3d}
.danger{background:#fff;color:#d71920;border:1px solid #d71920}
.row{display:flex;gap:8px;flex-wrap:wrap;margin-top:12px}.row form{margin:0}
.error{background:#fde8e8;color:#a31515;border-radius:6px;padding:10px 12px;margin-bottom:8px}
.hint{background:#eef6ff;color:#134a80;border-radius:6px;padding:10px 12px;font-size:13px;margin-top:16px}
.code{font-size:40px;font-weight:700;color:#d71920;margin:8px 0}
footer{text-align:center;font-size:12px;color:#6b7c8f;margin:24px 0}
@media (max-width:720px){main{grid-template-columns:1fr}}
`;

/** Wraps page content in the shared chrome; `content` must already be escaped HTML. */
export function layout(lang: Locale, title: string, content: string, mainClass = ""): string {
  return `<!doctype html>
<html lang="${lang === "vn" ? "vi" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header><strong>VNPAY</strong><span>Sandbox · 2.1.0</span></header>
<div class="banner">${lang === "vn" ? "Môi trường thử nghiệm cục bộ — không có tiền thật được chuyển." : "Local test environment — no real money moves."}</div>
<main class="${escapeHtml(mainClass)}">
${content}
</main>
<footer>@chophien/vnpay sandbox</footer>
</body>
</html>`;
}

/** A POST form holding the session token; `inner` is trusted markup. */
export function postForm(action: string, token: string, inner: string, attributes = ""): string {
  return `<form method="post" action="${escapeHtml(action)}"${attributes}><input type="hidden" name="token" value="${escapeHtml(token)}">${inner}</form>`;
}
