import type { Logger } from "pino";
import type { DataSource, EntityManager } from "typeorm";
import type { Clock } from "../../lib/clock";
import { listenOnChannel } from "../../lib/pg-listen";
import { ACCESS_TTL_SECONDS } from "./tokens";

/** The PostgreSQL channel on which ended sessions are announced (payload: their ids, comma-separated). */
export const SESSION_CHANNEL = "session_revoked";
/** NOTIFY payloads are limited to 8000 bytes; 36-character ids and commas fit 200 at a time. */
const IDS_PER_NOTIFY = 200;

/**
 * The set of ended sessions whose access tokens have not expired yet, kept in PostgreSQL (`revoked_session`)
 * and cached in every process, so checking an access token costs no query. A process learns of revocations made
 * elsewhere through NOTIFY (`listen`), and reloads the whole set on every (re)connection.
 */
export class SessionRevocations {
  /** sid → when its last access token expires (ms since the epoch). */
  private revoked = new Map<string, number>();
  private loading: Promise<void> | undefined;

  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Records, in the caller's transaction, that `sids` have ended; PostgreSQL announces them to every process on
   * commit. Call `remember` after the commit, so this process refuses them even without a listener.
   */
  async revoke(m: EntityManager, sids: string[]): Promise<void> {
    if (!sids.length) return;
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + ACCESS_TTL_SECONDS * 1000);
    await m.query(`DELETE FROM revoked_session WHERE expires_at < $1`, [now]);
    await m.query(
      `INSERT INTO revoked_session (sid, expires_at) SELECT unnest($1::uuid[]), $2
       ON CONFLICT (sid) DO UPDATE SET expires_at = EXCLUDED.expires_at`,
      [sids, expiresAt],
    );
    for (let i = 0; i < sids.length; i += IDS_PER_NOTIFY)
      await m.query(`SELECT pg_notify($1, $2)`, [SESSION_CHANNEL, sids.slice(i, i + IDS_PER_NOTIFY).join(",")]);
  }

  /** Adds ended sessions to this process's set (after the revoking transaction committed). */
  remember(sids: string[]): void {
    const until = this.clock.now().getTime() + ACCESS_TTL_SECONDS * 1000;
    for (const sid of sids) this.revoked.set(sid, until);
  }

  /** Whether access tokens of `sid` must be refused. Loads the set from the database on first use. */
  async isRevoked(sid: string): Promise<boolean> {
    await (this.loading ??= this.load());
    const until = this.revoked.get(sid);
    if (until === undefined) return false;
    if (until > this.clock.now().getTime()) return true;
    this.revoked.delete(sid);
    return false;
  }

  /** Keeps this process's set current with every other process's revocations; returns a stop function. */
  listen(url: string, log?: Logger): Promise<() => Promise<void>> {
    return listenOnChannel(
      url,
      SESSION_CHANNEL,
      {
        onNotify: (payload) => this.remember(payload.split(",").filter(Boolean)),
        onConnect: () => (this.loading = this.load()),
      },
      { log, name: "session" },
    );
  }

  private async load(): Promise<void> {
    try {
      const rows = await this.ds.query<{ sid: string; expires_at: Date }[]>(
        `SELECT sid, expires_at FROM revoked_session WHERE expires_at > $1`,
        [this.clock.now()],
      );
      // Keep what arrived while loading; add what the table holds.
      for (const r of rows) this.revoked.set(r.sid, Math.max(this.revoked.get(r.sid) ?? 0, new Date(r.expires_at).getTime()));
    } catch (err) {
      this.loading = undefined;
      throw err;
    }
  }
}
