/** Banks offered on the checkout page; the sandbox test card belongs to NCB. */
export const SANDBOX_BANKS: ReadonlyArray<{ code: string; name: string }> = [
  { code: "NCB", name: "Ngân hàng Quốc Dân (NCB)" },
  { code: "VIETCOMBANK", name: "Vietcombank" },
  { code: "VIETINBANK", name: "VietinBank" },
  { code: "BIDV", name: "BIDV" },
  { code: "AGRIBANK", name: "Agribank" },
  { code: "TECHCOMBANK", name: "Techcombank" },
  { code: "MBBANK", name: "MB Bank" },
  { code: "ACB", name: "ACB" },
  { code: "TPBANK", name: "TPBank" },
  { code: "SACOMBANK", name: "Sacombank" },
];

/** The card that succeeds, as on VNPay's own sandbox. */
export const TEST_CARD = {
  bankCode: "NCB",
  number: "9704198526191432198",
  holder: "NGUYEN VAN A",
  issueDate: "07/15",
  otp: "123456",
} as const;

/** The bank preselected on the page: the requested one if it is a bank we list, otherwise NCB. */
export function defaultBank(requested: string | undefined): string {
  return SANDBOX_BANKS.some((bank) => bank.code === requested) ? (requested as string) : TEST_CARD.bankCode;
}
