import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useMe } from "@/features/account/api/get-me";
import { ProfileForm } from "@/features/account/components/profile-form";
import { AddressBook } from "@/features/addresses/components/address-book";
import { useLogout } from "@/features/auth/api/logout";
import { FollowingList } from "@/features/stalls/components/following-list";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { PageMeta } from "@/shared/ui/page-meta";
import { Skeleton } from "@/shared/ui/skeleton";
import { RequireAuth } from "./require-auth";
import styles from "./account-page.module.css";

/** /tai-khoan — orders link, my demands and organisation, address book, followed stalls, profile, sign out. */
export function AccountPage() {
  const { t } = useTranslation();
  return (
    <div className={`container page ${styles.page}`}>
      <PageMeta title={t("account.title")} />
      <h1>{t("account.title")}</h1>
      <RequireAuth>{() => <Account />}</RequireAuth>
    </div>
  );
}

function Account() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const logout = useLogout();
  return (
    <div className={styles.grid}>
      <Link to={paths.orders()} className={`card ${styles.orders}`}>
        <Icon name="truck" size={24} />
        <span>
          <strong>{t("nav.orders")}</strong>
          <span className={styles.hint}>{t("account.ordersHint")}</span>
        </span>
        <Icon name="chevronRight" size={20} />
      </Link>
      <Link to={paths.myDemands()} className={`card ${styles.orders}`}>
        <Icon name="clipboard" size={24} />
        <span>
          <strong>{t("demands.mine.title")}</strong>
          <span className={styles.hint}>{t("account.demandsHint")}</span>
        </span>
        <Icon name="chevronRight" size={20} />
      </Link>
      <Link to={paths.myOrganisation()} className={`card ${styles.orders}`}>
        <Icon name="shield" size={24} />
        <span>
          <strong>{t("organisation.title")}</strong>
          <span className={styles.hint}>{t("account.organisationHint")}</span>
        </span>
        <Icon name="chevronRight" size={20} />
      </Link>
      <a href={paths.openStall()} className={`card ${styles.orders}`}>
        <Icon name="store" size={24} />
        <span>
          <strong>{t("nav.openStall")}</strong>
          <span className={styles.hint}>{t("account.openStallHint")}</span>
        </span>
        <Icon name="chevronRight" size={20} />
      </a>
      <AddressBook contact={{ fullName: me.data?.fullName ?? "", phone: me.data?.phone ?? "" }} />
      <FollowingList />
      {me.data ? <ProfileForm user={me.data} /> : <Skeleton height="18rem" />}
      <button
        type="button"
        className="btn btn-danger"
        disabled={logout.isPending}
        onClick={() => {
          // Leave first, committed at once (flushSync, not a transition): were the session to end while this page is
          // still mounted, it would send the shopper to the login form instead of home.
          void navigate(paths.home(), { flushSync: true });
          logout.mutate();
        }}
      >
        {t("auth.logout")}
      </button>
    </div>
  );
}
