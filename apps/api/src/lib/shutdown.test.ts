import http from "node:http";
import type { AddressInfo } from "node:net";
import { gracefulShutdown } from "./shutdown";

describe("gracefulShutdown", () => {
  it("finishes the request in flight, refuses new connections, then cleans up", async () => {
    const events: string[] = [];
    const server = http.createServer((_req, res) => {
      setTimeout(() => {
        events.push("responded");
        res.end("done");
      }, 300);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;

    const inFlight = fetch(`http://127.0.0.1:${port}/slow`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 50));
    const stopped = gracefulShutdown(server, () => Promise.resolve(void events.push("cleanup")));

    await expect(fetch(`http://127.0.0.1:${port}/new`)).rejects.toThrow();
    await expect(inFlight).resolves.toBe("done");
    await stopped;
    expect(events).toEqual(["responded", "cleanup"]);
  });
});
