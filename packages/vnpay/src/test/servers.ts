import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A listening server on 127.0.0.1 and an awaitable close that also drops keep-alive sockets. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on an ephemeral port of 127.0.0.1. */
export async function listen(listener: RequestListener): Promise<RunningServer> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // fetch keeps connections alive; without this close() waits for their idle timeout.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Mimics `app.use(mountPath, handler)`: Express moves the mount path from req.url to req.originalUrl. */
export function expressStyleMount(
  mountPath: string,
  handler: (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void,
): RequestListener {
  return (req, res) => {
    const url = req.url ?? "/";
    if (!url.startsWith(mountPath)) {
      res.writeHead(404).end("outside mount");
      return;
    }
    Object.assign(req, { originalUrl: url });
    req.url = url.slice(mountPath.length) || "/";
    handler(req, res, (error) => {
      res.writeHead(error ? 500 : 404).end(error ? "express error handler" : "express 404");
    });
  };
}
