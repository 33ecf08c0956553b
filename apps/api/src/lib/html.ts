/** Text made safe inside HTML (mail bodies, page meta tags, the sandboxes' pages): the five characters HTML gives meaning to. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
