/**
 * The kernel's five ZeroMQ sockets. zeromq is tslab's dependency, so it is
 * loaded through tslab's own `require` (whatever npm hoisted).
 *
 * zeromq 6 allows one send in flight per socket (a second one fails with
 * EBUSY), so every socket sends through a queue. Never read zeromq's
 * `readable` while a receive is pending: querying ZMQ_EVENTS consumes the
 * edge notification and the pending receive then hangs.
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

/** A socket whose sends never overlap, in order. */
export class Socket {
  private tail: Promise<void> = Promise.resolve();
  constructor(readonly raw: ZmqSocket) {}

  send(frames: Buffer[]): Promise<void> {
    this.tail = this.tail.then(
      () => (this.raw.closed ? undefined : this.raw.send(frames)),
      () => undefined,
    );
    return this.tail;
  }

  /** Resolves once everything sent so far has left. */
  drain(): Promise<void> {
    return this.tail.catch(() => undefined);
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
    iopub: new Socket(new zmq.Publisher({ sendHighWaterMark: 0 })),
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
