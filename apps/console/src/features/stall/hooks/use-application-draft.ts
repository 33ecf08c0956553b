import { StallDraftFields } from "@chophien/contracts";
import { useDebouncedValue } from "@chophien/web";
import { useEffect, useRef } from "react";
import { useSaveStallDraft, useStallDraft } from "../api/stall-draft";
import type { StallFormValues } from "../components/stall-form-values";

/** The typed values worth keeping (empty ones left out), bounded like the draft endpoint wants them. */
function toDraft(v: StallFormValues): StallDraftFields {
  const kept = (Object.entries(v) as [string, string][]).filter(([, s]) => s.trim() !== "");
  const parsed = StallDraftFields.safeParse(Object.fromEntries(kept));
  return parsed.success ? parsed.data : {};
}

/**
 * A new application keeps a draft on the server: it starts from the saved one (the phone prefilled from the
 * account) and saves a second after typing stops — another device, or tomorrow, picks up where she left.
 * Editing an existing stall keeps no draft (`enabled` false).
 */
export function useApplicationDraft(
  enabled: boolean,
  values: StallFormValues,
  fill: (saved: Partial<StallFormValues>) => void,
): void {
  const draft = useStallDraft(enabled);
  const save = useSaveStallDraft();
  const loaded = useRef(false);
  const last = useRef<string | null>(null);
  const debounced = useDebouncedValue(values, 1000);

  useEffect(() => {
    if (!enabled || loaded.current || !draft.data) return;
    loaded.current = true;
    last.current = JSON.stringify(draft.data.draft);
    fill(draft.data.draft);
  }, [enabled, draft.data, fill]);

  const { mutate } = save;
  useEffect(() => {
    if (!enabled || !loaded.current) return;
    const next = toDraft(debounced);
    const key = JSON.stringify(next);
    if (key === last.current) return;
    last.current = key;
    mutate(next);
  }, [enabled, debounced, mutate]);
}
