import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { frontEndConfig } from "../../packages/web/src/vite.ts";

// `npm run dev -w @chophien/storefront` proxies the API (and its images) to API_URL, default the API's dev port.
const apiUrl = process.env.API_URL ?? "http://localhost:3000";

// Served by the API at /.
export default defineConfig(frontEndConfig({ app: import.meta.url, base: "/", react: react(), apiUrl }));
