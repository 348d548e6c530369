/**
 * The kernel's five ZeroMQ sockets. zeromq is tslab's dependency, so it is
 * loaded through tslab's own `require` (whatever npm hoisted).
 *
 * Sends leave at once, even during a cell's long synchronous loop (a live
 * training display): zeromq 6's `send()` hands a message to ZeroMQ's own I/O
 * thread synchronously when the socket can take it (its "fast path"; the
 * promise it returns is already resolved), and that thread writes to the
 * network without the event loop. IOPub is a PUB socket with
 * `sendTimeout: 0`, which makes zeromq take the fast path every time (a PUB
 * socket never blocks; with no high-water mark it never drops). zeromq allows
 * one send in flight per socket (a second one throws EBUSY), so a send that
 * finds one in flight waits behind it, in order.
 *
 * Never read zeromq's `readable` while a receive is pending: querying
 * ZMQ_EVENTS consumes the edge notification and the pending receive then hangs.
 */
import { createRequire } from "module";
import { address, Channel, ConnectionInfo } from "./connection";

interface ZmqSocket {
  bind(address: string): Promise<void>;
  send(frames: Buffer[]): Promise<void>;
  receive(): Promise<Buffer[]>;
  close(): void;
  readonly closed: boolean;
}

interface Zmq {
  Router: new (options?: object) => ZmqSocket;
  Publisher: new (options?: object) => ZmqSocket;
  Reply: new (options?: object) => ZmqSocket;
}

/** A socket whose sends leave in order: at once when zeromq can take them, else after the one in flight. */
export class Socket {
  /** Settles when every send so far has left. */
  private tail: Promise<void> = Promise.resolve();
  /** Sends waiting behind one in flight. */
  private waiting = 0;
  constructor(readonly raw: ZmqSocket) {}

  send(frames: Buffer[]): Promise<void> {
    if (this.waiting === 0) {
      try {
        return this.track(this.raw.closed ? Promise.resolve() : this.raw.send(frames));
      } catch (error) {
        if ((error as { code?: string }).code !== "EBUSY") return Promise.reject(error);
      }
    }
    this.waiting++;
    return this.track(
      this.tail.then(() => (this.raw.closed ? undefined : this.raw.send(frames))).finally(() => this.waiting--),
    );
  }

  private track(sent: Promise<void>): Promise<void> {
    this.tail = sent.catch(() => undefined);
    return sent;
  }

  /** Resolves once everything sent so far has left. */
  drain(): Promise<void> {
    return this.tail;
  }

  receive(): Promise<Buffer[]> {
    return this.raw.receive();
  }

  close(): void {
    if (!this.raw.closed) this.raw.close();
  }
}

export type Sockets = Record<Channel, Socket>;

function loadZmq(): Zmq {
  const fromTslab = createRequire(require.resolve("tslab/package.json"));
  return fromTslab("zeromq") as Zmq;
}

/** Binds shell, control, stdin (ROUTER), iopub (PUB) and heartbeat (REP). */
export async function bindSockets(info: ConnectionInfo): Promise<Sockets> {
  const zmq = loadZmq();
  const sockets: Sockets = {
    shell: new Socket(new zmq.Router()),
    control: new Socket(new zmq.Router()),
    stdin: new Socket(new zmq.Router()),
    iopub: new Socket(new zmq.Publisher({ sendHighWaterMark: 0, sendTimeout: 0 })),
    hb: new Socket(new zmq.Reply()),
  };
  await Promise.all((Object.keys(sockets) as Channel[]).map((channel) => sockets[channel].raw.bind(address(info, channel))));
  return sockets;
}

/** Calls `onFrames` for each received message until the socket closes. */
export async function receiveLoop(socket: Socket, onFrames: (frames: Buffer[]) => void | Promise<void>): Promise<void> {
  while (!socket.raw.closed) {
    let frames: Buffer[];
    try {
      frames = await socket.receive();
    } catch (error) {
      if (socket.raw.closed) return;
      throw error;
    }
    await onFrames(frames);
  }
}
