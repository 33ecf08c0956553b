import { fileURLToPath } from "node:url";
import type { Plugin, PluginOption, UserConfig } from "vite";
import { precompressDir } from "./precompress";

// The Vite settings both front ends share; each app's vite.config.ts adds its React plugin, `base` and API address.
// (Build-time only: nothing imports this from the apps' code.)

const fromHere = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const CONTRACTS = fromHere("../../contracts/src/");
const WEB = fromHere("./");

/**
 * The contract and web packages are plain modules of exports with no import-time effects. Saying so lets the
 * bundler drop every module nothing uses — above all the zod schemas, which would otherwise ride along into the
 * storefront's home page when it imports only `PROVINCES` or a type. (Pages that really validate still get zod.)
 */
const sharedPackagesAreSideEffectFree = (): Plugin => ({
  name: "chophien:side-effect-free-packages",
  transform(code, id) {
    if (id.startsWith(CONTRACTS) || id.startsWith(WEB)) return { code, map: null, moduleSideEffects: false };
  },
});

/**
 * After the build, brotli and gzip copies of every script, stylesheet and page beside it (see precompressDir):
 * the API serves them as they are (apps/api/src/http/spa.ts), so a phone gets the smallest file at no CPU cost.
 */
const precompressed = (): Plugin => ({
  name: "chophien:precompress",
  apply: "build",
  writeBundle(options) {
    if (options.dir) precompressDir(options.dir);
  },
});

/**
 * One front end's config: `app` is its vite.config.ts (`import.meta.url`); `@/` is its src, the contract package
 * is used from source (types and schemas never wait for a build), and the dev server proxies /api and /media to
 * `apiUrl`.
 */
export function frontEndConfig({
  app,
  base,
  react,
  apiUrl,
}: {
  app: string;
  base: string;
  react: PluginOption;
  apiUrl: string;
}): UserConfig {
  return {
    base,
    plugins: [react, sharedPackagesAreSideEffectFree(), precompressed()],
    resolve: {
      alias: {
        "@chophien/contracts": fromHere("../../contracts/src/index.ts"),
        "@/": fileURLToPath(new URL("./src/", app)),
      },
    },
    server: { proxy: { "/api": apiUrl, "/media": apiUrl } },
    build: { outDir: "dist", sourcemap: true },
  };
}
