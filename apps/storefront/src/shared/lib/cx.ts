/** Joins class names, skipping falsy ones: `cx(styles.card, soldOut && styles.dim)`. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
