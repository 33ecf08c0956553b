#!/usr/bin/env node
// `npm start`: builds whatever is missing or older than its sources, then runs the API server,
// which serves the storefront at /, the console at /console and the API at /api.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildWhatIsStale } from "./build-lib.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const status = buildWhatIsStale();
if (status !== 0) process.exit(status);

const server = spawn(process.execPath, ["--enable-source-maps", path.join(root, "apps/api/dist/main.js")], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
