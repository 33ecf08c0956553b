/** A text field's value from FormData ("" when absent, or when it is a file). */
export function formText(data: FormData, name: string): string {
  const v = data.get(name);
  return typeof v === "string" ? v.trim() : "";
}

/** An optional integer field: undefined when empty, NaN kept so the schema reports it as invalid. */
export function formInt(data: FormData, name: string): number | undefined {
  const v = formText(data, name).replace(/[.\s]/g, "");
  return v === "" ? undefined : Number(v);
}
