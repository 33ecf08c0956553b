import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { paths } from "@/shared/lib/paths";
import { useSession } from "@/shared/session/session-store";
import { Icon } from "@/shared/ui/icon";
import { useFollowState, useToggleFollow } from "../api/follows";

/** "Theo dõi" on a stall's page: a toggle once signed in (aria-pressed), a sign-in link for guests. */
export function FollowButton({ slug, stallName }: { slug: string; stallName: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const state = useFollowState(slug);
  const toggle = useToggleFollow(slug);
  if (session.status !== "signed-in")
    return (
      <Link className="btn btn-secondary" to={paths.login(location.pathname)}>
        <Icon name="heart" size={18} /> {t("follow.follow")}
      </Link>
    );
  const following = state.data?.following ?? false;
  return (
    <button
      type="button"
      className={following ? "btn btn-secondary" : "btn btn-primary"}
      aria-pressed={following}
      aria-label={following ? t("follow.unfollowLabel", { name: stallName }) : t("follow.followLabel", { name: stallName })}
      disabled={state.isPending || toggle.isPending}
      onClick={() => toggle.mutate(!following)}
    >
      <Icon name={following ? "check" : "heart"} size={18} />
      <span>{following ? t("follow.following") : t("follow.follow")}</span>
      {state.data && state.data.followerCount > 0 && (
        <span className="muted">· {t("follow.count", { count: state.data.followerCount })}</span>
      )}
    </button>
  );
}
