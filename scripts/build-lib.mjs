// What `npm start` and `npm run bench` build before they run the server: the API, the storefront and the console,
// each only when its output is missing or older than its sources.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = ["packages/contracts/src", "packages/contracts/package.json", "package-lock.json"];
const targets = [
  {
    name: "API",
    output: "apps/api/dist/main.js",
    sources: ["apps/api/src", "apps/api/tsconfig.build.json", "packages/vnpay/src", ...shared],
    command: ["npx", "tsc", "-b", "apps/api/tsconfig.build.json", "packages/vnpay/tsconfig.build.json"],
  },
  ...["storefront", "console"].map((app) => ({
    name: app,
    output: `apps/${app}/dist/index.html`,
    sources: [`apps/${app}/src`, `apps/${app}/index.html`, `apps/${app}/vite.config.ts`, "packages/web/src", ...shared],
    command: ["npm", "run", "build", "--silent", "-w", `@chophien/${app}`],
  })),
];

/** Newest modification time under a file or folder (0 when it does not exist). */
function newest(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((max, name) => Math.max(max, newest(path.join(p, name))), stat.mtimeMs);
}

/** Builds every stale target in turn; returns the failing build's exit status, or 0. */
export function buildWhatIsStale() {
  for (const t of targets) {
    const built = newest(path.join(root, t.output));
    const changed = Math.max(...t.sources.map((s) => newest(path.join(root, s))));
    if (built && built >= changed) continue;
    console.log(`Building the ${t.name}…`);
    const r = spawnSync(t.command[0], t.command.slice(1), { cwd: root, stdio: "inherit" });
    if (r.status !== 0) return r.status ?? 1;
  }
  return 0;
}
