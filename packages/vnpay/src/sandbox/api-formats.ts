import { fromWireAmount } from "../amounts";
import { VNP_VERSION } from "../constants";
import { isVnpDate } from "../dates";

type Check = (value: string | undefined) => boolean;

const present =
  (max: number): Check =>
  (v) =>
    v !== undefined && v.trim() !== "" && v.length <= max;

const COMMON: Readonly<Record<string, Check>> = {
  vnp_RequestId: (v) => v !== undefined && /^[A-Za-z0-9_-]{1,32}$/.test(v),
  vnp_Version: (v) => v === VNP_VERSION,
  vnp_TxnRef: present(100),
  vnp_TransactionDate: (v) => v !== undefined && isVnpDate(v),
  vnp_CreateDate: (v) => v !== undefined && isVnpDate(v),
  vnp_IpAddr: present(45),
  vnp_OrderInfo: present(255),
};

const REFUND: Readonly<Record<string, Check>> = {
  vnp_TransactionType: (v) => v === "02" || v === "03",
  vnp_Amount: (v) => v !== undefined && v !== "0" && fromWireAmount(v) !== undefined,
  vnp_CreateBy: present(250),
  vnp_TransactionNo: (v) => v === undefined || /^\d{1,15}$/.test(v),
};

/** The first malformed field of a querydr/refund request (answer 03), or undefined when all are fine. */
export function formatProblem(command: "querydr" | "refund", message: Readonly<Record<string, string>>): string | undefined {
  const checks = command === "refund" ? { ...COMMON, ...REFUND } : COMMON;
  for (const [field, check] of Object.entries(checks)) {
    if (!check(message[field])) return `${field} is missing or malformed`;
  }
  return undefined;
}
