// Starts and stops the HTTP server of the app, for the API process and the tests alike.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Express } from "express";

/**
 * Idle keep-alive connections are kept longer than clients and reverse proxies keep theirs (Node's
 * fetch about 4 s, nginx 60 s): the side that closes an idle connection must be the client, or a
 * request sent just as the server closes it fails with ECONNRESET — seen on a busy machine, where a
 * blocked event loop fires both sides' timers in the same turn.
 */
export const KEEP_ALIVE_MS = 65_000;

export async function listen(app: Express, port: number, host: string): Promise<http.Server> {
  const server = http.createServer(app);
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Above the keep-alive time, so a request arriving on a kept connection is never cut by it.
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
    server.listen(port, host);
  });
  return server;
}

export function portOf(server: http.Server): number {
  return (server.address() as AddressInfo).port;
}

/** Stops listening and ends every connection, idle keep-alive ones too, so that stopping never hangs. */
export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
