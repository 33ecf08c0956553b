import type { Response } from "express";
import type { Logger } from "pino";
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from "typeorm";
import type { LiveStreamEvent } from "@chophien/contracts";
import { listenOnChannel } from "../../lib/pg-listen";

/** The PostgreSQL channel on which a session's pins, remaining units and status are announced. */
export const LIVE_CHANNEL = "live_changed";

/**
 * Announces an event of a session inside the caller's transaction: PostgreSQL delivers it on commit to every API
 * process listening (a rolled-back purchase announces nothing), whose SSE clients of that session then get it.
 */
export async function announceLive(m: EntityManager, sessionId: string, event: LiveStreamEvent): Promise<void> {
  await m.query(`SELECT pg_notify($1, $2)`, [LIVE_CHANNEL, JSON.stringify({ sessionId, event })]);
  // Also kept on the transaction, for a process that delivers its own events after commit (the embedded database).
  const runner = m.queryRunner;
  if (runner) ((runner.data as { liveEvents?: Announced[] }).liveEvents ??= []).push({ sessionId, event });
}

interface Announced {
  sessionId: string;
  event: LiveStreamEvent;
}

const takeAnnounced = (runner: QueryRunner | undefined): Announced[] => {
  const data = runner?.data as { liveEvents?: Announced[] } | undefined;
  const events = data?.liveEvents ?? [];
  if (data) data.liveEvents = [];
  return events;
};

/**
 * This process's Server-Sent Events clients, by session. It listens on `live_changed` (one connection per
 * process, opened with the first client and kept) and writes each event to the clients of its session.
 */
export class LiveStreams {
  private readonly clients = new Map<string, Set<Response>>();
  private listening: Promise<() => Promise<void>> | undefined;

  constructor(
    private databaseUrl: string | undefined,
    private readonly log?: Logger,
  ) {}

  /** The database to LISTEN on (the embedded one's URL is known only once it runs). */
  connectTo(url: string): void {
    this.databaseUrl = url;
  }

  /** Clients connected in this process (all sessions). */
  get size(): number {
    let n = 0;
    for (const s of this.clients.values()) n += s.size;
    return n;
  }

  /**
   * For the embedded database, whose single session does not pass NOTIFY to another connection (and which serves
   * one process): this process's committed transactions deliver their own events to its clients, after COMMIT, and
   * rolled-back ones deliver nothing.
   */
  deliverInProcess(ds: DataSource): void {
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: (e) => {
        if (e.queryRunner.isTransactionActive) return; // a savepoint released, not the commit
        for (const a of takeAnnounced(e.queryRunner)) this.send(a.sessionId, a.event);
      },
      afterTransactionRollback: (e) => void takeAnnounced(e.queryRunner),
    };
    ds.subscribers.push(subscriber);
  }

  /** Starts listening (idempotent); resolves once LISTEN is in place. */
  listen(): Promise<void> {
    if (!this.databaseUrl) return Promise.resolve();
    this.listening ??= listenOnChannel(
      this.databaseUrl,
      LIVE_CHANNEL,
      { onNotify: (payload) => this.deliver(payload), onConnect: () => {} },
      { log: this.log, name: "live" },
    ).catch((err: unknown) => {
      this.listening = undefined;
      throw err;
    });
    return this.listening.then(() => undefined);
  }

  /** Holds `res` open as an event stream of `sessionId` until the client goes. */
  async attach(sessionId: string, res: Response, first: LiveStreamEvent[]): Promise<void> {
    // Without the listener the page still works from its first answer; it is retried with the next client.
    await this.listen().catch((err: unknown) => this.log?.error({ err }, "live events: could not LISTEN"));
    res.status(200);
    res.setHeader("Content-Type", "text/event-stream; charset=utf-8");
    res.setHeader("Cache-Control", "no-cache, no-transform");
    res.setHeader("Connection", "keep-alive");
    // nginx must not buffer the stream.
    res.setHeader("X-Accel-Buffering", "no");
    res.flushHeaders();
    res.write("retry: 3000\n\n");
    for (const e of first) write(res, e);
    let set = this.clients.get(sessionId);
    if (!set) this.clients.set(sessionId, (set = new Set()));
    set.add(res);
    // A comment every 25 s keeps proxies from closing an idle stream.
    const ping = setInterval(() => res.write(": ping\n\n"), 25_000);
    ping.unref();
    res.on("close", () => {
      clearInterval(ping);
      set.delete(res);
      if (!set.size) this.clients.delete(sessionId);
    });
  }

  private deliver(payload: string): void {
    let parsed: { sessionId: string; event: LiveStreamEvent };
    try {
      parsed = JSON.parse(payload) as typeof parsed;
    } catch {
      return;
    }
    this.send(parsed.sessionId, parsed.event);
  }

  private send(sessionId: string, event: LiveStreamEvent): void {
    for (const res of this.clients.get(sessionId) ?? []) write(res, event);
  }

  /** Ends every stream and stops listening (shutdown, tests). */
  async close(): Promise<void> {
    for (const set of this.clients.values()) for (const res of set) res.end();
    this.clients.clear();
    const stop = this.listening;
    this.listening = undefined;
    if (stop) await (await stop.catch(() => async () => {}))();
  }
}

function write(res: Response, e: LiveStreamEvent): void {
  const { type, ...data } = e;
  res.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
}
