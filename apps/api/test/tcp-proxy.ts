import net from "node:net";
import type { AddressInfo } from "node:net";

/** A TCP proxy to PostgreSQL that a test can take down (connections cut, new ones refused) and bring back. */
export interface CuttableProxy {
  /** The target URL with host and port replaced by the proxy's. */
  url: string;
  /** Cuts every open connection and stops listening: clients get ECONNRESET, then ECONNREFUSED. */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a proxy on a free loopback port in front of `target` (a postgres:// URL). */
export async function cuttableProxy(target: URL): Promise<CuttableProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const url = new URL(target);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  const cut = () =>
    new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      sockets.clear();
      if (!server.listening) return r();
      server.close(() => r());
    });
  return {
    url: url.toString(),
    cut,
    restore: () => new Promise<void>((r, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => r())),
    close: cut,
  };
}
