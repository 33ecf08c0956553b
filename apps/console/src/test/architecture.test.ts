import path from "node:path";
import { importBoundaryViolations, longFiles } from "@chophien/web/testing";

const SRC = path.resolve(__dirname, "..");

describe("architecture (STYLE.md habits 10 and 12)", () => {
  it("features import only themselves and shared; shared imports only shared", () => {
    expect(importBoundaryViolations(SRC)).toEqual([]);
  });

  it("keeps files small (under ~300 lines)", () => {
    expect(longFiles(SRC)).toEqual([]);
  });
});
