import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { StallLogo } from "./stall-logo";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { Skeleton } from "@/shared/ui/skeleton";
import { useFollowing } from "../api/follows";
import styles from "./following-list.module.css";

/** The account's "Gian hàng đang theo dõi": each stall links to its page. */
export function FollowingList() {
  const { t } = useTranslation();
  const following = useFollowing();
  return (
    <section className={`card ${styles.box}`} aria-labelledby="following-title">
      <h2 id="following-title" className={styles.title}>
        {t("follow.listTitle")}
      </h2>
      {following.isPending ? (
        <Skeleton height="3rem" />
      ) : following.isError ? (
        <p className="muted">{t("error.title")}</p>
      ) : following.data.items.length === 0 ? (
        <p className="muted">
          {t("follow.empty")} <Link to={paths.stalls()}>{t("follow.browse")}</Link>
        </p>
      ) : (
        <ul className={styles.list}>
          {following.data.items.map((s) => (
            <li key={s.id}>
              <Link to={paths.stall(s.slug)} className={styles.item}>
                <StallLogo logo={s.logo} name={s.name} size={40} />
                <span className={styles.name}>
                  <strong>{s.name}</strong>
                  <span className="muted">{s.province.name}</span>
                </span>
                <Icon name="chevronRight" size={20} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
