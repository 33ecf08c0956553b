import type { StallOrderStatus } from "@chophien/contracts";
import type { Actor } from "./order-event.entity";

export type OrderAction = "pay" | "confirm" | "ship" | "deliver" | "complete" | "cancel" | "revive";

/**
 * The stall-order state machine, the only place that knows it:
 * awaiting_payment → placed → confirmed → shipped → delivered → completed, and cancelled — by the buyer
 * before confirmation, by the seller (with a reason) until shipped, by the system while unpaid or unconfirmed.
 */
const MACHINE: Record<OrderAction, { to: StallOrderStatus; from: Partial<Record<Actor, readonly StallOrderStatus[]>> }> = {
  pay: { to: "placed", from: { system: ["awaiting_payment"] } },
  confirm: { to: "confirmed", from: { seller: ["placed"], admin: ["placed"] } },
  ship: { to: "shipped", from: { seller: ["confirmed"], admin: ["confirmed"] } },
  deliver: { to: "delivered", from: { seller: ["shipped"], admin: ["shipped"] } },
  complete: { to: "completed", from: { buyer: ["delivered"], system: ["delivered"], admin: ["delivered"] } },
  /** A VNPay payment that arrives after the order expired is honoured when the stock can be taken again. */
  revive: { to: "placed", from: { system: ["cancelled"] } },
  cancel: {
    to: "cancelled",
    from: {
      buyer: ["awaiting_payment", "placed"],
      seller: ["placed", "confirmed"],
      system: ["awaiting_payment", "placed"],
      admin: ["awaiting_payment", "placed", "confirmed", "shipped"],
    },
  },
};

/** Where `action` by `actor` takes a stall order in `current`, or undefined when it is not allowed. */
export function nextOrderStatus(current: StallOrderStatus, action: OrderAction, actor: Actor): StallOrderStatus | undefined {
  const rule = MACHINE[action];
  return rule.from[actor]?.includes(current) ? rule.to : undefined;
}

/** The actions `actor` may take on a stall order in `current` (what a UI should offer). */
export function availableActions(current: StallOrderStatus, actor: Actor): OrderAction[] {
  return (Object.keys(MACHINE) as OrderAction[]).filter((a) => nextOrderStatus(current, a, actor));
}

const PROGRESS: StallOrderStatus[] = ["awaiting_payment", "placed", "confirmed", "shipped", "delivered", "completed"];

/** An order's overall status: its least advanced stall order that is not cancelled (cancelled if all are). */
export function deriveOrderStatus(parts: StallOrderStatus[]): StallOrderStatus {
  const live = parts.filter((s) => s !== "cancelled");
  if (!live.length) return "cancelled";
  return PROGRESS[Math.min(...live.map((s) => PROGRESS.indexOf(s)))]!;
}
