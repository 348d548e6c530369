/** Choosing the port Jupyter listens on: the one asked for, or the next free one. */
import net from "net";

/** True when nothing listens on `port` at `host`. */
export function isFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** The first free port of `from`, `from + 1`, … (`tries` of them, not past 65535); undefined if none. */
export async function choosePort(from: number, free: (port: number) => Promise<boolean> = (p) => isFree(p), tries = 50): Promise<number | undefined> {
  for (let port = from; port < from + tries && port <= 65535; port++) {
    if (await free(port)) return port;
  }
  return undefined;
}
