import { STALL_ORDER_STATUSES } from "@chophien/contracts";
import { availableActions, deriveOrderStatus, nextOrderStatus } from "./order-state";

describe("stall order state machine", () => {
  it("moves forward one step at a time, each step by its own actors", () => {
    expect(nextOrderStatus("awaiting_payment", "pay", "system")).toBe("placed");
    expect(nextOrderStatus("awaiting_payment", "pay", "buyer")).toBeUndefined();
    expect(nextOrderStatus("placed", "confirm", "seller")).toBe("confirmed");
    expect(nextOrderStatus("placed", "confirm", "buyer")).toBeUndefined();
    expect(nextOrderStatus("confirmed", "ship", "seller")).toBe("shipped");
    expect(nextOrderStatus("shipped", "deliver", "seller")).toBe("delivered");
    expect(nextOrderStatus("delivered", "complete", "buyer")).toBe("completed");
    expect(nextOrderStatus("placed", "ship", "seller")).toBeUndefined();
    expect(nextOrderStatus("completed", "cancel", "admin")).toBeUndefined();
  });

  it("lets the buyer cancel only before confirmation and the seller until shipping", () => {
    const cancellable = (actor: "buyer" | "seller" | "system") =>
      STALL_ORDER_STATUSES.filter((s) => nextOrderStatus(s, "cancel", actor));
    expect(cancellable("buyer")).toEqual(["awaiting_payment", "placed"]);
    expect(cancellable("seller")).toEqual(["placed", "confirmed"]);
    expect(cancellable("system")).toEqual(["awaiting_payment", "placed"]);
    expect(nextOrderStatus("cancelled", "cancel", "admin")).toBeUndefined();
  });

  it("offers a seller exactly the next step and cancel", () => {
    expect(availableActions("placed", "seller")).toEqual(["confirm", "cancel"]);
    expect(availableActions("confirmed", "seller")).toEqual(["ship", "cancel"]);
    expect(availableActions("shipped", "seller")).toEqual(["deliver"]);
    expect(availableActions("delivered", "buyer")).toEqual(["complete"]);
  });

  it("derives the order status from the least advanced live part", () => {
    expect(deriveOrderStatus(["shipped", "placed", "cancelled"])).toBe("placed");
    expect(deriveOrderStatus(["cancelled", "cancelled"])).toBe("cancelled");
    expect(deriveOrderStatus(["completed", "delivered"])).toBe("delivered");
  });
});
