/** A calendar day `YYYY-MM-DD` (as the producer wrote it) → `20/11/2026`, the same in both languages. */
export const formatDay = (day: string) => day.split("-").reverse().join("/");
