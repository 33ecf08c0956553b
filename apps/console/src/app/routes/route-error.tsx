import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { ErrorState } from "@/shared/ui/state-message";

/**
 * A page that crashed or a chunk that failed to load (a new deploy, a dropped connection): a calm message and a
 * reload instead of a white screen.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="page-narrow" style={{ padding: "2rem 1rem" }}>
      <ErrorState
        title={notFound ? t("notFound.title") : t("errors.crashTitle")}
        message={notFound ? t("notFound.body") : t("errors.crashBody")}
        onRetry={() => window.location.reload()}
      />
    </div>
  );
}
