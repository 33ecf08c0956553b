import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import { useAdminEvent } from "@/features/connection-events/api/events";
import { AdminEventDetail } from "@/features/connection-events/components/admin-event-detail";
import { AdminEventList } from "@/features/connection-events/components/admin-event-list";
import { EventForm } from "@/features/connection-events/components/event-form";
import { SellerEvents } from "@/features/connection-events/components/seller-events";
import { cx } from "@/shared/lib/cx";
import { PageHeader } from "@/shared/ui/page-header";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import styles from "./applications-page.module.css";

/**
 * Connection events, shown like the review pages: the list beside the chosen event (or the form for a new one) on a
 * laptop, one after the other on a phone.
 */
export function AdminEventsPage({ creating = false }: { creating?: boolean }) {
  const { t } = useTranslation();
  const { id } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const event = useAdminEvent(id);
  const list = `/admin/events${search}`;
  const open = creating || !!id;
  return (
    <>
      <PageHeader
        title={t("events.title")}
        description={t("events.subtitle")}
        back={open ? { to: list, label: t("events.backToList") } : undefined}
      />
      <div className={cx(styles.split, open && styles.hasDetail)}>
        <div className={styles.queue}>
          <AdminEventList selectedId={id} />
        </div>
        <div className={styles.detail}>
          {creating ? (
            <EventForm onSaved={(e) => void navigate(`/admin/events/${e.id}${search}`)} />
          ) : !id ? (
            <EmptyState icon="inbox" title={t("events.pick")} />
          ) : event.isPending ? (
            <LoadingState rows={8} />
          ) : event.isError ? (
            <ErrorState onRetry={() => void event.refetch()} />
          ) : (
            <AdminEventDetail key={event.data.id} event={event.data} />
          )}
        </div>
      </div>
    </>
  );
}

/** A new event: the same page with the form beside the list. */
export function AdminNewEventPage() {
  return <AdminEventsPage creating />;
}

/** The upcoming forums and fairs a stall may register to attend. */
export function SellerEventsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("events.sellerTitle")} description={t("events.sellerSubtitle")} />
      <SellerEvents />
    </>
  );
}
