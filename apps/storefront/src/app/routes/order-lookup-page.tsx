import { ApiError } from "@chophien/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useSearchParams } from "react-router";
import { rememberedPhone, useLookupOrder } from "@/features/lookup/api/lookup-order";
import { GuestOrder } from "./guest-order";
import { LookupForm } from "@/features/lookup/components/lookup-form";
import { Icon } from "@/shared/ui/icon";
import { PageMeta } from "@/shared/ui/page-meta";
import { Skeleton } from "@/shared/ui/skeleton";
import styles from "./checkout-page.module.css";

/**
 * /tra-cuu-don-hang?ma=… — an order found by its code and phone, no account needed: where a guest lands after
 * placing an order (the VietQR code for a bank transfer), and where anyone with the code and phone looks it up.
 */
export function OrderLookupPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const placed = (useLocation().state as { placed?: boolean } | null)?.placed === true;
  const code = (params.get("ma") ?? "").toUpperCase();
  const known = code ? rememberedPhone(code) : undefined;
  const [search, setSearch] = useState(code && known ? { code, phone: known } : undefined);
  const found = useLookupOrder(search);
  const notFound = found.error instanceof ApiError && found.error.status === 404;
  const limited = found.error instanceof ApiError && found.error.status === 429;

  return (
    <div className={`container page ${styles.page}`}>
      <PageMeta title={t("lookup.title")} />
      <h1>{placed ? t("lookup.placedTitle") : t("lookup.title")}</h1>
      {placed ? <p role="status">{t("lookup.placedLead")}</p> : <p className="muted">{t("lookup.lead")}</p>}
      {!(placed && found.data) && (
        <LookupForm
          initial={{ code, phone: search?.phone ?? "" }}
          busy={found.isFetching}
          onSearch={(s) => {
            setParams({ ma: s.code }, { replace: true });
            setSearch(s);
            if (s.code === search?.code && s.phone === search.phone) void found.refetch();
          }}
        />
      )}
      {found.isError && (
        <p className="alert alert-error" role="alert">
          <Icon name="alert" size={18} />
          {notFound ? t("lookup.errors.notFound") : limited ? t("lookup.errors.rateLimited") : t("lookup.errors.generic")}
        </p>
      )}
      {found.isPending && search && <Skeleton height="12rem" />}
      {found.data && <GuestOrder order={found.data} busy={found.isFetching} onRefresh={() => void found.refetch()} />}
    </div>
  );
}
