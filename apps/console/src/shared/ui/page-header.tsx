import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "./icon";

/**
 * A page's title row: an optional way back, the title and description, and the page's main actions. The title
 * also names the browser tab ("Đơn hàng · Chợ Phiên"), which is what a seller with several tabs open reads.
 */
export function PageHeader({
  title,
  description,
  actions,
  back,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  back?: { to: string; label: string };
}) {
  const { t } = useTranslation();
  const brand = t("brandShort");
  useEffect(() => {
    document.title = `${title} · ${brand}`;
  }, [title, brand]);
  return (
    <header className="page-header">
      <div className="page-header-text">
        {back && (
          <Link className="back-link" to={back.to}>
            <Icon name="chevronLeft" size={18} />
            {back.label}
          </Link>
        )}
        <h1>{title}</h1>
        {description && <p className="muted">{description}</p>}
      </div>
      {actions && <div className="page-header-actions">{actions}</div>}
    </header>
  );
}
