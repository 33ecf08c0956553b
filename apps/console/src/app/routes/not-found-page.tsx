import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyState } from "@/shared/ui/state-message";

/** 404 inside the console: a mistyped or outdated address. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page-narrow">
      <EmptyState
        icon="search"
        title={t("notFound.title")}
        action={
          <Link className="btn btn-primary" to="/">
            {t("forbidden.home")}
          </Link>
        }
      >
        <p>{t("notFound.body")}</p>
      </EmptyState>
    </div>
  );
}
