import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { claimAccount } from "@/features/helpers/api/owner-grants";
import { errorMessage } from "@/shared/lib/error-message";

/** /console/nhan-tai-khoan#token=… — a producer sets a password for the account their helper made. */
export function ClaimPage() {
  const { t } = useTranslation();
  const token = new URLSearchParams(window.location.hash.slice(1)).get("token") ?? "";
  const [password, setPassword] = useState("");
  const [state, setState] = useState<{ done?: boolean; error?: string }>({});
  return (
    <main id="main" className="page-narrow pad stack">
      <h1>{t("helpers.claim.title")}</h1>
      {state.done ? (
        <p role="status">
          {t("helpers.claim.done")} <Link to="/login">{t("helpers.claim.signIn")}</Link>
        </p>
      ) : (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            claimAccount(token, password).then(
              () => setState({ done: true }),
              (err: unknown) => setState({ error: errorMessage(err, t) }),
            );
          }}
        >
          <label className="field">
            <span className="field-label">{t("helpers.claim.password")}</span>
            <input
              className="input"
              type="password"
              autoComplete="new-password"
              minLength={10}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          {state.error && (
            <p className="form-error" role="alert">
              {state.error}
            </p>
          )}
          <button type="submit" className="btn btn-primary btn-lg">
            {t("helpers.claim.submit")}
          </button>
        </form>
      )}
    </main>
  );
}
