import type { GrantDto } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/shared/lib/error-message";
import { useFormat } from "@/shared/i18n/use-format";
import { useConsent, useRevokeGrant } from "../api/owner-grants";
import styles from "./cards.module.css";

function ConsentForm({ grant }: { grant: GrantDto }) {
  const { t } = useTranslation();
  const consent = useConsent();
  const [code, setCode] = useState("");
  if (grant.locked) return <p>{t("helpers.owner.locked")}</p>;
  return (
    <form
      className={styles.row}
      onSubmit={(e) => {
        e.preventDefault();
        consent.mutate({ id: grant.id, code: code.trim() });
      }}
    >
      <label className="field">
        <span className="field-label">{t("helpers.owner.code")}</span>
        <input
          className="input"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          aria-invalid={consent.isError || undefined}
        />
      </label>
      <button type="submit" className="btn btn-primary btn-lg" disabled={consent.isPending}>
        {t("helpers.owner.consent")}
      </button>
      {consent.isError && (
        <p className="form-error" role="alert">
          {errorMessage(consent.error, t)}
        </p>
      )}
    </form>
  );
}

/** The owner's helpers: consent with the code, see the scopes and expiry, and end the help in one tap. */
export function OwnerGrants({ grants }: { grants: GrantDto[] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const revoke = useRevokeGrant();
  if (!grants.length) return <p>{t("helpers.owner.none")}</p>;
  return (
    <ul className="stack">
      {grants.map((g) => (
        <li key={g.id} className={styles.card}>
          <p>
            <strong>{g.helper.fullName}</strong>
            {g.helper.organisation ? ` — ${g.helper.organisation}` : ""}
          </p>
          <p>
            {t(`helpers.status.${g.status}`)}
            {g.status === "active" ? ` · ${t("helpers.switcher.until", { date: date(g.expiresAt) })}` : ""}
          </p>
          <p>
            {t("helpers.switcher.scopes")}: {g.scopes.map((s) => t(`helpers.scope.${s}`)).join(", ")}
          </p>
          {g.status === "awaiting_consent" && <ConsentForm grant={g} />}
          {(g.status === "active" || g.status === "awaiting_consent") && (
            <button
              type="button"
              className="btn btn-danger-solid btn-lg"
              disabled={revoke.isPending}
              onClick={() => revoke.mutate(g.id)}
            >
              {t("helpers.owner.revoke", { name: g.helper.fullName })}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
