import fs from "node:fs";
import path from "node:path";

// Checks both front ends run on their own sources (tests only: this module reads files with node:fs).

/** Source files (not tests) under `dir`. */
export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Each import of a file, resolved to a path under `src` ("features/cart/api/get-cart") when it is ours. */
function importsOf(src: string, file: string): string[] {
  const code = fs.readFileSync(file, "utf8");
  return [...code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].flatMap(([, spec]) => {
    if (spec!.startsWith("@/")) return [spec!.slice(2)];
    if (spec!.startsWith(".")) return [path.relative(src, path.resolve(path.dirname(file), spec!))];
    return [];
  });
}

const layerOf = (rel: string) => {
  const [top, feature] = rel.split(path.sep).join("/").split("/");
  return top === "features" ? `features/${feature}` : top!;
};

/**
 * STYLE.md habit 10, app → features → shared: a feature never reaches into another feature or the app, shared
 * code knows nothing of either, pages in app/ compose features. Returns every import that breaks it.
 */
export function importBoundaryViolations(src: string): string[] {
  const violations: string[] = [];
  for (const file of filesUnder(src)) {
    const rel = path.relative(src, file);
    const from = layerOf(rel);
    if (from === "test") continue;
    for (const target of importsOf(src, file)) {
      const to = layerOf(target);
      const ok =
        to === from ||
        to === "shared" ||
        to === "locales" ||
        (from === "app" && to.startsWith("features/")) ||
        (from === "main.tsx" && to === "app");
      if (!ok) violations.push(`${rel} → ${target}`);
    }
  }
  return violations;
}

/** Files longer than `maxLines` (STYLE.md habit 12: under ~300 lines). */
export function longFiles(src: string, maxLines = 300): [string, number][] {
  return filesUnder(src)
    .map((f): [string, number] => [path.relative(src, f), fs.readFileSync(f, "utf8").split("\n").length])
    .filter(([, lines]) => lines > maxLines);
}
