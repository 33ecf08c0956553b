import fs from "node:fs";
import path from "node:path";

// STYLE.md habit 10: app → features → shared. A feature never reaches into another feature or the app, and
// shared code knows nothing of either; pages in app/ compose features.
const SRC = path.resolve(__dirname, "..");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Each import of a file, resolved to a path under src/ when it is ours. */
function importsOf(file: string): string[] {
  const code = fs.readFileSync(file, "utf8");
  return [...code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].flatMap(([, spec]) => {
    if (spec!.startsWith("@/")) return [spec!.slice(2)];
    if (spec!.startsWith(".")) return [path.relative(SRC, path.resolve(path.dirname(file), spec!))];
    return [];
  });
}

const layerOf = (rel: string) => {
  const [top, feature] = rel.split(path.sep).join("/").split("/");
  return top === "features" ? `features/${feature}` : top!;
};

describe("import boundaries (app → features → shared)", () => {
  it("features import only themselves and shared; shared imports only shared", () => {
    const violations: string[] = [];
    for (const file of filesUnder(SRC)) {
      const rel = path.relative(SRC, file);
      const from = layerOf(rel);
      if (from === "test") continue;
      for (const target of importsOf(file)) {
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
    expect(violations).toEqual([]);
  });

  it("keeps files small (STYLE.md habit 12: under ~300 lines)", () => {
    const long = filesUnder(SRC)
      .map((f) => [path.relative(SRC, f), fs.readFileSync(f, "utf8").split("\n").length] as const)
      .filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });
});
