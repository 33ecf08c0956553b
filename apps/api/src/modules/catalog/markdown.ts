import MarkdownIt from "markdown-it";

// Raw HTML is escaped (html: false) and markdown-it refuses javascript:/vbscript:/data: links.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet("rel", "nofollow ugc noopener");
  tokens[idx]!.attrSet("target", "_blank");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** A seller's plain-text or Markdown description as safe HTML (never their raw HTML). */
export function renderDescription(text: string | null): string {
  return text ? md.render(text) : "";
}
