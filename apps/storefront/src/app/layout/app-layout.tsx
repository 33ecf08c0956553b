import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, ScrollRestoration } from "react-router";
import { ToastRegion } from "@/shared/ui/toast";
import { PageSkeleton } from "./page-skeleton";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Every page's frame: skip link, sticky header, the page (lazy-loaded, skeleton meanwhile), footer, toasts. */
export function AppLayout() {
  const { t } = useTranslation();
  return (
    <>
      <a href="#main" className="skip-link no-print">
        {t("nav.skip")}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
      <ToastRegion closeLabel={t("common.close")} />
      {/* Back to a listing lands where the shopper was; the results come from the query cache at once. */}
      <ScrollRestoration />
    </>
  );
}
