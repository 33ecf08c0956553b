import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const API_DIR = path.resolve(__dirname, "../..");
const TSX = path.resolve(API_DIR, "../../node_modules/.bin/tsx");

describe("the embedded database's socket", () => {
  it("keeps each connection's parameterised queries whole while others run transactions, and survives lost clients", async () => {
    // Without wholeQueries (embedded.ts), a BEGIN between one client's Parse and Bind let another client's Parse
    // replace the unnamed statement: "bind message supplies 6 parameters, but prepared statement "" requires 1".
    const { stdout } = await promisify(execFile)(TSX, ["test/scripts/embedded-socket-check.ts"], {
      cwd: API_DIR,
      timeout: 60_000,
    });
    expect(JSON.parse(stdout)).toEqual({ wrong: [], afterVanished: 7, afterAborted: "8" });
  });
});
