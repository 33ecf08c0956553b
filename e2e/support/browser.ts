import { type Browser, chromium } from "playwright-core";
import { E2E } from "./env";

/** Debian's Chromium, headless; override the binary with E2E_CHROMIUM. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: E2E.chromium,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}
