import type { HelperStall } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { useActingFor } from "@/shared/session/acting-store";
import { useSwitchActing } from "../api/switch-acting";
import styles from "./cards.module.css";

/** Who can be acted for now: an active, unexpired grant on an approved stall. */
export const usable = (s: HelperStall, now = Date.now()) =>
  s.grant.status === "active" && Date.parse(s.grant.expiresAt) > now && s.stall.status === "approved";

/**
 * The helper's stalls: pick one to act for it (its seller pages open with the banner), each with its scopes and
 * expiry; stalls waiting for the owner's consent or ended are listed with why they cannot be opened.
 */
export function StallSwitcher({ stalls, onSwitch }: { stalls: HelperStall[]; onSwitch?: (s: HelperStall) => void }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const acting = useActingFor();
  const switchTo = useSwitchActing();
  if (!stalls.length) return <p>{t("helpers.switcher.none")}</p>;
  return (
    <ul className="stack" aria-label={t("helpers.switcher.label")}>
      {stalls.map((s) => {
        const open = usable(s);
        const current = acting?.stallId === s.stall.id;
        return (
          <li key={s.stall.id} className={styles.card}>
            <p>
              <strong>{s.stall.name}</strong>
            </p>
            <p>
              {t("helpers.switcher.scopes")}: {s.grant.scopes.map((x) => t(`helpers.scope.${x}`)).join(", ")}
            </p>
            <p>
              {open
                ? t("helpers.switcher.until", { date: date(s.grant.expiresAt) })
                : t(
                    `helpers.switcher.why.${s.stall.status !== "approved" && s.grant.status === "active" ? "stall" : s.grant.status}`,
                  )}
            </p>
            {open && (
              <button
                type="button"
                className="btn btn-primary btn-lg"
                aria-pressed={current}
                onClick={() => {
                  switchTo({ stallId: s.stall.id, stallName: s.stall.name });
                  onSwitch?.(s);
                }}
              >
                {current ? t("helpers.switcher.current") : t("helpers.switcher.actFor", { name: s.stall.name })}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
