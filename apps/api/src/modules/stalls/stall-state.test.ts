import { STALL_ACTIONS, STALL_STATUSES } from "@chophien/contracts";
import { nextStallStatus, statusAfterOwnerEdit } from "./stall-state";

describe("stall state machine", () => {
  it("allows exactly these transitions", () => {
    const allowed: string[] = [];
    for (const from of STALL_STATUSES)
      for (const action of STALL_ACTIONS) {
        const to = nextStallStatus(from, action);
        if (to) allowed.push(`${from} -${action}-> ${to}`);
      }
    expect(allowed.sort()).toEqual(
      [
        "approved -suspend-> suspended",
        "pending -approve-> approved",
        "pending -reject-> rejected",
        "suspended -reinstate-> approved",
      ].sort(),
    );
  });

  it("sends an edited rejected application back to pending, nothing else", () => {
    expect(statusAfterOwnerEdit("rejected")).toBe("pending");
    for (const s of ["pending", "approved", "suspended"] as const) expect(statusAfterOwnerEdit(s)).toBe(s);
  });
});
