import { useQueryClient } from "@tanstack/react-query";
import { type ActingFor, setActingFor } from "@/shared/session/acting-store";

/** Starts or stops acting for a stall, forgetting every cached answer of the previous stall (orders, products…). */
export function useSwitchActing(): (next: ActingFor | null) => void {
  const qc = useQueryClient();
  return (next) => {
    setActingFor(next);
    qc.removeQueries({ predicate: (q) => !["me", "helper-stalls", "helper-todo"].includes(String(q.queryKey[0])) });
  };
}
