import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const fromHere = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const CONTRACTS = fromHere("../../packages/contracts/src/");
const WEB = fromHere("../../packages/web/src/");

/**
 * The shared packages are modules of exports with no import-time effects; saying so lets the bundler drop what a
 * page does not use (the zod schemas ride along only into the forms that validate with them).
 */
const sharedPackagesAreSideEffectFree = (): Plugin => ({
  name: "chophien:side-effect-free-packages",
  transform(code, id) {
    if (id.startsWith(CONTRACTS) || id.startsWith(WEB)) return { code, map: null, moduleSideEffects: false };
  },
});

// `npm run dev -w @chophien/console` proxies the API (and its images) to API_URL, default the API's dev port.
const api = process.env.API_URL ?? "http://localhost:3000";

// Served by the API at /console; the contract package is used from source, so types never wait for a build.
export default defineConfig({
  base: "/console/",
  plugins: [react(), sharedPackagesAreSideEffectFree()],
  resolve: {
    alias: {
      "@chophien/contracts": fromHere("../../packages/contracts/src/index.ts"),
      "@/": fromHere("./src/"),
    },
  },
  server: { proxy: { "/api": api, "/media": api } },
  build: { outDir: "dist", sourcemap: true },
});
