import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const fromHere = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const CONTRACTS = fromHere("../../packages/contracts/src/");
const WEB = fromHere("../../packages/web/src/");

/**
 * The contract and web packages are plain modules of exports with no import-time effects. Saying so lets the
 * bundler drop every module nothing uses — above all the zod schemas, which would otherwise ride along into the
 * home page when it imports only `PROVINCES` or a type. (Pages that really validate, like checkout, still get zod.)
 */
const sharedPackagesAreSideEffectFree = (): Plugin => ({
  name: "chophien:side-effect-free-packages",
  transform(code, id) {
    if (id.startsWith(CONTRACTS) || id.startsWith(WEB)) return { code, map: null, moduleSideEffects: false };
  },
});

// `npm run dev -w @chophien/storefront` proxies the API (and its images) to API_URL, default the API's dev port.
const api = process.env.API_URL ?? "http://localhost:3000";

// The contract package is used from source, so types and schemas never wait for a build.
export default defineConfig({
  base: "/",
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
