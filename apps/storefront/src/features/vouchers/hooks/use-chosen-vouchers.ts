import { useCallback, useState } from "react";

const KEY = "cp_voucher_codes";

function read(): string[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? "[]");
    return Array.isArray(value) ? value.filter((c): c is string => typeof c === "string").slice(0, 20) : [];
  } catch {
    return [];
  }
}

/**
 * The voucher codes the shopper chose, kept for the tab: picked on the cart page, they are still chosen at
 * checkout (which sends only those the server's preview says apply). `[]` after an order clears them.
 */
export function useChosenVouchers(): [string[], (codes: string[]) => void] {
  const [codes, setCodes] = useState<string[]>(read);
  const choose = useCallback((next: string[]) => {
    setCodes(next);
    try {
      sessionStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Storage refused (private mode): the choice lasts for this page only.
    }
  }, []);
  return [codes, choose];
}
