import { expect, test } from "vitest";
import { Socket } from "../../src/kernel/sockets";

/** A zeromq socket stand-in: `slow` sends stay in flight until `finish()`; a send while one is in flight throws EBUSY, like zeromq 6. */
class FakeZmq {
  closed = false;
  slow = false;
  sent: string[] = [];
  private inFlight: (() => void) | undefined;
  bind = async () => undefined;
  receive = async () => [];
  close = () => void (this.closed = true);
  send(frames: Buffer[]): Promise<void> {
    if (this.inFlight) throw Object.assign(new Error("Socket is busy writing"), { code: "EBUSY" });
    const text = frames.map(String).join("|");
    if (!this.slow) {
      this.sent.push(text);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.inFlight = () => {
        this.sent.push(text);
        this.inFlight = undefined;
        resolve();
      };
    });
  }
  finish() {
    this.inFlight?.();
  }
}

test("socket.send(frames) hands each message to zeromq at once when it can take it, before the event loop turns", () => {
  const raw = new FakeZmq();
  const socket = new Socket(raw);
  for (const n of [1, 2, 3]) void socket.send([Buffer.from(`m${n}`)]);
  expect(raw.sent).toEqual(["m1", "m2", "m3"]);
});

test("socket.send(frames) waits behind a send in flight (EBUSY) and keeps the order", async () => {
  const raw = new FakeZmq();
  const socket = new Socket(raw);
  raw.slow = true;
  const first = socket.send([Buffer.from("a")]);
  raw.slow = false;
  const rest = [socket.send([Buffer.from("b")]), socket.send([Buffer.from("c")])];
  expect(raw.sent).toEqual([]);
  raw.finish();
  await first;
  await Promise.all(rest);
  expect(raw.sent).toEqual(["a", "b", "c"]);
  void socket.send([Buffer.from("d")]); // nothing waiting any more: at once again
  expect(raw.sent).toEqual(["a", "b", "c", "d"]);
  await socket.drain();
});
