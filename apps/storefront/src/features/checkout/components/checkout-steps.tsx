import { useTranslation } from "react-i18next";
import styles from "./checkout-steps.module.css";

export const STEPS = ["address", "payment", "review"] as const;
export type Step = (typeof STEPS)[number];

/** "1 Address · 2 Payment · 3 Review", with the current step marked for assistive technology. */
export function CheckoutSteps({ current, onGo }: { current: Step; onGo: (step: Step) => void }) {
  const { t } = useTranslation();
  const at = STEPS.indexOf(current);
  return (
    <ol className={styles.steps} aria-label={t("checkout.steps")}>
      {STEPS.map((s, i) => (
        <li
          key={s}
          className={i < at ? styles.done : i === at ? styles.current : styles.todo}
          aria-current={i === at ? "step" : undefined}
        >
          {i < at ? (
            <button type="button" className={styles.back} onClick={() => onGo(s)}>
              <span className={styles.num}>{i + 1}</span>
              {t(`checkout.step.${s}`)}
            </button>
          ) : (
            <span className={styles.label}>
              <span className={styles.num}>{i + 1}</span>
              {t(`checkout.step.${s}`)}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
