import { useTranslation } from "react-i18next";
import { Icon } from "@/shared/ui/icon";
import type { ChainState } from "../lib/verify-chain";
import styles from "./trace-view.module.css";

/** The verdict of recomputing the chain on this phone: intact, broken at an event, still checking, or not checkable. */
export function ChainStatus({ state }: { state: ChainState }) {
  const { t } = useTranslation();
  if (state.kind === "checking")
    return (
      <p className={styles.chain} role="status">
        <span className="spinner" aria-hidden="true" /> {t("trace.chain.checking")}
      </p>
    );
  if (state.kind === "broken")
    return (
      <p className={`alert alert-error ${styles.chain}`} role="alert" data-chain="broken">
        <Icon name="alert" size={20} />
        {t("trace.chain.broken", { seq: state.seq })}
      </p>
    );
  if (state.kind === "unavailable")
    return (
      <p className={styles.chain} role="status" data-chain="unavailable">
        <Icon name="shield" size={20} />
        {t("trace.chain.unavailable")}
      </p>
    );
  return (
    <p className={`alert alert-success ${styles.chain}`} role="status" data-chain="intact">
      <Icon name="shield" size={20} />
      <span>
        {state.count === 0 ? t("trace.chain.empty") : t("trace.chain.intact", { count: state.count })}
        {state.last && (
          <>
            {" "}
            <code className={styles.hash} title={state.last}>
              {state.last.slice(0, 12)}…
            </code>
          </>
        )}
      </span>
    </p>
  );
}
