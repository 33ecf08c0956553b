import { Client } from "pg";
import type { Logger } from "pino";

export interface ChannelHandlers {
  /** One NOTIFY on the channel, with its payload ("" when none). */
  onNotify(payload: string): void;
  /**
   * Runs after every (re)connection, once LISTEN is in place: whatever was announced while disconnected went
   * unheard, so start clean here. Its errors count as a lost connection.
   */
  onConnect(): void | Promise<void>;
}

/**
 * Listens to one PostgreSQL NOTIFY channel on a connection of its own (one per process and channel) and
 * reconnects after an error. Returns a stop function.
 */
export async function listenOnChannel(
  url: string,
  channel: string,
  handlers: ChannelHandlers,
  opts: { log?: Logger | undefined; retryMs?: number; name: string },
): Promise<() => Promise<void>> {
  if (!/^[a-z_]+$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  let client: Client | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new Client({ connectionString: url, application_name: `chophien-${opts.name}-listener` });
    c.on("notification", (n) => n.channel === channel && handlers.onNotify(n.payload ?? ""));
    c.on("error", (err) => {
      opts.log?.warn({ err }, `${opts.name} listener lost its connection; reconnecting`);
      void c.end().catch(() => {});
      schedule();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
      await handlers.onConnect();
    } catch (err) {
      void c.end().catch(() => {});
      throw err;
    }
    client = c;
  };
  const schedule = () => {
    if (stopped) return;
    client = undefined;
    clearTimeout(timer);
    timer = setTimeout(() => void connect().catch(schedule), opts.retryMs ?? 2000);
    timer.unref();
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await client?.end().catch(() => {});
  };
}
