import type { Server } from "node:http";

/**
 * Stops accepting connections, lets in-flight requests finish (closing idle keep-alive sockets at once,
 * the rest after `graceMs`), then runs `cleanup` (close the pool, the embedded database).
 */
export function gracefulShutdown(server: Server, cleanup: () => Promise<void>, graceMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      cleanup().then(resolve, reject);
    });
    server.closeIdleConnections();
  });
}
