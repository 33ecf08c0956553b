import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router";

/**
 * The last line of defence for a page that throws while rendering — most often a chunk that no longer exists
 * because a new version was deployed while the tab was open. Reloading fetches the new version.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <main className="container page" style={{ textAlign: "center" }}>
      <h1>{t("error.title")}</h1>
      <p>{t("error.crashed")}</p>
      <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
        {t("error.reload")}
      </button>
    </main>
  );
}
