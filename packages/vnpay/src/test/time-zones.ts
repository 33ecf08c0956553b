import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** What one real Node process printed for one TZ value. */
export interface TimeZoneProbe {
  tz: string;
  /** Intl's idea of the zone, proving the TZ change took effect. */
  resolved: string;
  localHours: number;
  ours: string;
  parsedBack: number;
  /** The `vnpay` package's own "now in GMT+7" formatting of the same instant. */
  oracle: string;
}

const PACKAGE_DIR = join(__dirname, "..", "..");

// Jest sandboxes process.env, so assigning TZ inside a test never reaches V8. A child process is
// real Node: it compiles dates.ts with SWC and formats one instant under each TZ in turn.
const SCRIPT = `
const swc = require("@swc/core");
const { code } = swc.transformFileSync("src/dates.ts", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } });
const mod = { exports: {} };
new Function("module", "exports", "require", code)(mod, mod.exports, require);
const oracle = require("vnpay");
const [epoch, ...zones] = JSON.parse(process.argv[1]);
const instant = new Date(epoch);
const out = zones.map((tz) => {
  process.env.TZ = tz;
  const ours = mod.exports.formatVnpDate(instant);
  return {
    tz,
    resolved: Intl.DateTimeFormat().resolvedOptions().timeZone,
    localHours: instant.getHours(),
    ours,
    parsedBack: mod.exports.parseVnpDate(ours).getTime(),
    oracle: String(oracle.dateFormat(oracle.getDateInGMT7(instant))),
  };
});
process.stdout.write(JSON.stringify(out));
`;

/** Formats `instant` with our formatVnpDate (and the oracle's) in a real Node process under each TZ. */
export function probeTimeZones(instant: Date, zones: readonly string[]): TimeZoneProbe[] {
  const output = execFileSync(process.execPath, ["-e", SCRIPT, JSON.stringify([instant.getTime(), ...zones])], {
    cwd: PACKAGE_DIR,
    encoding: "utf8",
    env: { ...process.env, TZ: zones[0] },
  });
  return JSON.parse(output) as TimeZoneProbe[];
}
