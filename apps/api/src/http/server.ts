import http, { type Server } from "node:http";
import type { Config } from "../config";

/**
 * The HTTP server with its limits: a client has `headersTimeoutMs` to send its headers and `requestTimeoutMs`
 * for the whole request (else 408 and the socket closed), so a slowloris client trickling bytes cannot hold a
 * connection; idle keep-alive sockets close after `keepAliveTimeoutMs`. Node checks the first two on a timer,
 * run here often enough for the limits to bite near their value.
 */
export function createHttpServer(limits: Config["http"]): Server {
  const server = http.createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(limits.headersTimeoutMs / 4))),
  });
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  return server;
}
