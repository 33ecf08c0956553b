import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyState } from "@/shared/ui/state-message";

/** 403: signed in, but this area belongs to another role (a shopper at the admin desk, a seller whose stall is suspended). */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <div className="page-narrow">
      <EmptyState
        icon="shield"
        title={t("forbidden.title")}
        action={
          <Link className="btn btn-primary" to="/">
            {t("forbidden.home")}
          </Link>
        }
      >
        <p>{t("forbidden.body")}</p>
      </EmptyState>
    </div>
  );
}
