/**
 * Splits `amount` đồng over `weights` in proportion, exactly to the đồng (largest remainder): every share is
 * floor(amount × weight / total), and the đồng left over go one each to the largest remainders — ties to the
 * earlier index, so the same input always gives the same split. Shares add up to `amount`; when `amount` is at most
 * the total weight, no share exceeds its weight (a discount never takes an item below zero).
 */
export function allocate(amount: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`amount must be a whole number of đồng ≥ 0: ${amount}`);
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError("weights must be whole numbers ≥ 0");
  const total = weights.reduce((s, w) => s + w, 0);
  if (amount === 0) return weights.map(() => 0);
  if (total === 0) throw new RangeError(`cannot split ${amount} over nothing`);
  // BigInt: amount × weight can pass 2^53 for large orders.
  const a = BigInt(amount);
  const t = BigInt(total);
  const shares = weights.map((w) => {
    const exact = a * BigInt(w);
    return { share: exact / t, remainder: exact % t };
  });
  let left = amount - shares.reduce((s, x) => s + Number(x.share), 0);
  const order = shares
    .map((x, i) => ({ i, remainder: x.remainder }))
    .sort((x, y) => (x.remainder === y.remainder ? x.i - y.i : x.remainder > y.remainder ? -1 : 1));
  const result = shares.map((x) => Number(x.share));
  for (const { i } of order) {
    if (left === 0) break;
    result[i]! += 1;
    left--;
  }
  return result;
}

/**
 * Splits an order-level amount (a platform voucher, say) over stall orders by their goods, then each stall's
 * share over its items by line total — both exact — so stall orders and items add up to the amount to the đồng.
 */
export function allocateOverOrder(amount: number, parts: readonly { lineTotals: readonly number[] }[]): number[][] {
  const perPart = allocate(
    amount,
    parts.map((p) => p.lineTotals.reduce((s, x) => s + x, 0)),
  );
  return parts.map((p, i) => allocate(perPart[i]!, p.lineTotals));
}
