import fs from "node:fs";
import path from "node:path";
import { filesUnder } from "./boundaries";

// What both front ends' translation tests check: vi.json and en.json alike, and every key the code names present.

/** A translation file: strings, nested by key. */
export type TextTree = { [key: string]: string | TextTree };

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every key path, with i18next's plural suffixes folded away (Vietnamese has one form, English two). */
export function textKeys(tree: TextTree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = `${prefix}${k.replace(PLURAL, "")}`;
    return typeof v === "string" ? [key] : textKeys(v, `${key}.`);
  });
}

/** The {{placeholders}} of each string, sorted and comma-joined, by key. */
export function placeholders(tree: TextTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = `${prefix}${k.replace(PLURAL, "")}`;
    if (typeof v === "string")
      out.set(
        key,
        [...v.matchAll(/\{\{(\w+)\}\}/g)]
          .map((m) => m[1])
          .sort()
          .join(","),
      );
    else for (const [kk, vv] of placeholders(v, `${key}.`)) out.set(kk, vv);
  }
  return out;
}

/**
 * The keys the code under `src` names literally, `t("cart.title")`, and whatever the `also` patterns capture (each
 * capture group a key); the test helpers in `src/test` are left out.
 */
export function literalTextKeys(src: string, also: RegExp[] = []): string[] {
  return filesUnder(src)
    .filter((f) => !path.relative(src, f).split(path.sep).includes("test"))
    .flatMap((f) => {
      const code = fs.readFileSync(f, "utf8");
      return [/\bt\(\s*"([\w.]+)"/g, ...also].flatMap((re) => [...code.matchAll(re)].flatMap((m) => m.slice(1).filter(Boolean)));
    });
}
