import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { PageMeta } from "@/shared/ui/page-meta";
import { EmptyState } from "@/shared/ui/state-message";

/** Any unknown address, and a product or stall that does not exist (any more). */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="container page">
      <PageMeta title={t("notFound.title")} />
      <meta name="robots" content="noindex" />
      <EmptyState
        icon="search"
        title={t("notFound.title")}
        action={
          <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap", justifyContent: "center" }}>
            <Link className="btn btn-primary" to={paths.home()}>
              {t("notFound.home")}
            </Link>
            <Link className="btn btn-secondary" to={paths.search()}>
              {t("search.browseAll")}
            </Link>
          </div>
        }
      >
        <p>{t("notFound.body")}</p>
      </EmptyState>
    </div>
  );
}
