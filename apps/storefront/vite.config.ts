import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The contract package is used from source, so types and schemas never wait for a build.
export default defineConfig({
  base: "/",
  plugins: [react()],
  resolve: {
    alias: { "@chophien/contracts": fileURLToPath(new URL("../../packages/contracts/src/index.ts", import.meta.url)) },
  },
  server: { proxy: { "/api": "http://localhost:3000" } },
  build: { outDir: "dist", sourcemap: true },
});
