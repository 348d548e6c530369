/**
 * Captures the process's stdout and stderr as Jupyter `stream` messages.
 * Writes are batched until the event loop turns (or another output is sent),
 * so a loop printing many lines sends few messages, in order. A batch older
 * than `maxDelay` ms leaves with the next write, so a long synchronous loop
 * that prints shows its progress while it runs.
 */
import { StringDecoder } from "string_decoder";

export type StreamName = "stdout" | "stderr";
type Write = typeof process.stdout.write;

export class StreamCapture {
  private pending: { name: StreamName; text: string; since: number } | undefined;
  private scheduled = false;
  private readonly originals: Record<StreamName, Write>;
  private readonly decoders = { stdout: new StringDecoder("utf8"), stderr: new StringDecoder("utf8") };

  constructor(
    private readonly send: (name: StreamName, text: string) => void,
    private readonly maxDelay = 100,
  ) {
    this.originals = { stdout: process.stdout.write, stderr: process.stderr.write };
  }

  /** Starts redirecting process.stdout/stderr. */
  install(): void {
    for (const name of ["stdout", "stderr"] as const) {
      process[name].write = ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
        const text = typeof chunk === "string" ? chunk : this.decoders[name].write(Buffer.from(chunk));
        this.write(name, text);
        const done = typeof encoding === "function" ? encoding : callback;
        if (typeof done === "function") process.nextTick(done as () => void);
        return true;
      }) as Write;
    }
  }

  /** Writes to the real stderr (the Jupyter server's log), bypassing capture. */
  log(text: string): void {
    this.originals.stderr.call(process.stderr, text.endsWith("\n") ? text : text + "\n");
  }

  write(name: StreamName, text: string): void {
    if (!text) return;
    if (this.pending && this.pending.name !== name) this.flush();
    if (this.pending) this.pending.text += text;
    else this.pending = { name, text, since: Date.now() };
    if (Date.now() - this.pending.since >= this.maxDelay) return this.flush();
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Sends what is buffered now. */
  flush(): void {
    this.scheduled = false;
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.send(pending.name, pending.text);
  }

  restore(): void {
    this.flush();
    process.stdout.write = this.originals.stdout;
    process.stderr.write = this.originals.stderr;
  }
}
