import type { DataSource } from "typeorm";
import type { FollowingList, FollowState } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { CatalogService } from "../catalog/catalog.service";
import { Stall } from "../stalls/stall.entity";
import { presentStallSummary } from "../stalls/stalls.presenter";
import type { User } from "../users/user.entity";
import { StallFollow } from "./stall-follow.entity";

export { queueFollowersLiveSessionMail } from "./follow-notices";

/** Shoppers following stalls: follow, unfollow, the state on a stall page and the account's list. */
export class FollowsService {
  constructor(
    private readonly ds: DataSource,
    private readonly catalog: CatalogService,
  ) {}

  /** Follows an approved stall (404 otherwise); following twice is the same as once. */
  async follow(user: User, slug: string): Promise<FollowState> {
    const stall = await this.approved(slug);
    await this.ds.query(
      `INSERT INTO stall_follow (user_id, stall_id) VALUES ($1, $2) ON CONFLICT (user_id, stall_id) DO NOTHING`,
      [user.id, stall.id],
    );
    return this.state(user, stall.id);
  }

  /** Stops following; not following already is fine. A stall no longer public can still be unfollowed. */
  async unfollow(user: User, slug: string): Promise<FollowState> {
    const stall = await this.ds.getRepository(Stall).findOne({ where: { slug }, select: { id: true } });
    if (!stall) throw AppError.notFound("Stall");
    await this.ds.getRepository(StallFollow).delete({ userId: user.id, stallId: stall.id });
    return this.state(user, stall.id);
  }

  /** Whether the user follows the approved stall, and its follower count. */
  async stateOf(user: User, slug: string): Promise<FollowState> {
    return this.state(user, (await this.approved(slug)).id);
  }

  /** The approved stalls the user follows, newest follow first (a suspended stall drops out until reinstated). */
  async following(user: User, q: { page: number; limit: number }): Promise<FollowingList> {
    const [rows, totals] = await Promise.all([
      this.ds.query<{ stall_id: string; followed_at: Date }[]>(
        `SELECT f.stall_id, f.created_at AS followed_at FROM stall_follow f JOIN stall s ON s.id = f.stall_id
          WHERE f.user_id = $1 AND s.status = 'approved' ORDER BY f.created_at DESC, f.id LIMIT $2 OFFSET $3`,
        [user.id, q.limit, (q.page - 1) * q.limit],
      ),
      this.ds.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM stall_follow f JOIN stall s ON s.id = f.stall_id
          WHERE f.user_id = $1 AND s.status = 'approved'`,
        [user.id],
      ),
    ]);
    const ids = rows.map((r) => r.stall_id);
    const stalls = ids.length ? await this.ds.getRepository(Stall).findBy(ids.map((id) => ({ id }))) : [];
    const counts = await this.catalog.publicProductCounts(ids);
    return {
      items: rows.map((r) => ({
        ...presentStallSummary(
          stalls.find((s) => s.id === r.stall_id)!,
          counts.get(r.stall_id) ?? 0,
        ),
        followedAt: new Date(r.followed_at).toISOString(),
      })),
      total: totals[0]?.total ?? 0,
      page: q.page,
      limit: q.limit,
    };
  }

  private async approved(slug: string): Promise<Stall> {
    const stall = await this.ds.getRepository(Stall).findOne({ where: { slug, status: "approved" } });
    if (!stall) throw AppError.notFound("Stall");
    return stall;
  }

  private async state(user: User, stallId: string): Promise<FollowState> {
    const [row] = await this.ds.query<{ following: boolean; n: number }[]>(
      `SELECT EXISTS (SELECT 1 FROM stall_follow WHERE user_id = $1 AND stall_id = $2) AS following,
              (SELECT count(*)::int FROM stall_follow WHERE stall_id = $2) AS n`,
      [user.id, stallId],
    );
    return { following: row!.following, followerCount: row!.n };
  }
}
