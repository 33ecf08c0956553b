import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";

/** Above a guest's checkout: no account needed, how the order is found again, and the way to sign in instead. */
export function GuestIntro() {
  const { t } = useTranslation();
  return (
    <div className="card" style={{ padding: "1rem", marginBottom: "1rem" }}>
      <p style={{ margin: 0, display: "flex", gap: "0.5rem" }}>
        <Icon name="user" size={20} />
        <span>
          <strong>{t("guestCheckout.title")}</strong> {t("guestCheckout.lead")}
        </span>
      </p>
      <p style={{ margin: "0.5rem 0 0" }}>
        {t("guestCheckout.haveAccount")}{" "}
        <Link to={paths.login(paths.checkout())} className="tap-target">
          {t("guestCheckout.signIn")}
        </Link>
      </p>
    </div>
  );
}
