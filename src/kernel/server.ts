/**
 * The nnlab kernel's protocol layer: reads requests from the shell and control
 * sockets, runs them through the engine, and publishes outputs on IOPub.
 *
 * - Shell requests run one at a time, in arrival order, each wrapped in
 *   `status: busy` / `status: idle`.
 * - A failing `execute_request` with `stop_on_error` aborts every
 *   `execute_request` already sent when the failure was answered (status
 *   "aborted"); later ones run. There is no timing window.
 * - Control requests (shutdown, interrupt, kernel_info) are answered at once.
 */
import { randomUUID } from "crypto";
import { setImmediate as nextTurn } from "timers/promises";
import { ConnectionInfo } from "./connection";
import { installKernelSink, MIME } from "../jupyter/display";
import { Engine, Outcome } from "./engine";
import { History } from "./history";
import { kernelInfo } from "./info";
import { messages } from "./messages";
import { StreamCapture } from "./output";
import { receiveLoop, Socket, Sockets } from "./sockets";
import { decode, encode, Message, newHeader } from "./wire";

export class KernelServer {
  private readonly session = randomUUID();
  private readonly queue: Message[] = [];
  private running = false;
  private executionCount = 0;
  /** execute_requests to answer "aborted" once the failed one is answered. */
  private toAbort: Message[] = [];
  /** The request whose cell gets outputs (the running one, else the last). */
  private current: Message | undefined;
  private readonly history = new History();
  /** Payloads (pager) for the running cell's execute_reply. */
  private payload: object[] = [];
  readonly capture: StreamCapture;

  constructor(
    private readonly info: ConnectionInfo,
    private readonly sockets: Sockets,
    private readonly engine: Engine,
    private readonly exit: (code: number) => void = (code) => process.exit(code),
  ) {
    this.capture = new StreamCapture((name, text) => this.publishNow("stream", { name, text }));
  }

  /** Starts serving; resolves when the sockets close. */
  async start(): Promise<void> {
    this.capture.install();
    installKernelSink({
      display: (content, update) => this.publish(update ? "update_display_data" : "display_data", content),
      clearOutput: (wait) => this.publish("clear_output", { wait }),
      page: (data) => this.payload.push({ source: "page", data, start: 0 }),
    });
    this.publishNow("status", { execution_state: "starting" });
    await Promise.all([
      receiveLoop(this.sockets.shell, (frames) => this.enqueue(frames)),
      receiveLoop(this.sockets.control, (frames) => this.onControl(frames)),
      receiveLoop(this.sockets.hb, (frames) => this.sockets.hb.send(frames)),
      receiveLoop(this.sockets.stdin, () => undefined),
    ]);
  }

  private decode(frames: Buffer[]): Message | undefined {
    try {
      return decode(frames, this.info.key);
    } catch (error) {
      this.capture.log(`nnlab kernel: dropped a message: ${(error as Error).message}`);
      return undefined;
    }
  }

  private enqueue(frames: Buffer[]): void {
    const message = this.decode(frames);
    if (!message) return;
    this.queue.push(message);
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let message = this.queue.shift(); message; message = this.queue.shift()) {
        const request = message;
        await this.withStatus(request, () => this.onShell(request).catch((error) => this.replyFailure(request, error)));
        for (let aborted = this.toAbort.shift(); aborted; aborted = this.toAbort.shift()) {
          const request = aborted;
          await this.withStatus(request, () => this.reply(this.sockets.shell, request, "execute_reply", { status: "aborted" }, { status: "aborted" }));
        }
      }
    } finally {
      this.running = false;
    }
  }

  private async withStatus(parent: Message, handle: () => Promise<void> | void): Promise<void> {
    this.publish("status", { execution_state: "busy" }, parent);
    try {
      await handle();
    } catch (error) {
      this.capture.log(`nnlab kernel: ${parent.header.msg_type} failed: ${(error as Error).stack ?? error}`);
    } finally {
      this.publish("status", { execution_state: "idle" }, parent);
    }
  }

  /**
   * Takes out of the queue every execute_request that reached the kernel
   * while the failed one ran (ZeroMQ hands buffered requests over within a
   * turn of the event loop). Called before the failure is answered, so a
   * request sent after the client saw the error always runs.
   */
  private async takeQueuedExecutes(): Promise<Message[]> {
    await nextTurn();
    await nextTurn();
    const taken = this.queue.filter((m) => m.header.msg_type === "execute_request");
    const kept = this.queue.filter((m) => m.header.msg_type !== "execute_request");
    this.queue.splice(0, this.queue.length, ...kept);
    return taken;
  }

  private async onShell(message: Message): Promise<void> {
    const shell = this.sockets.shell;
    const content = message.content;
    switch (message.header.msg_type) {
      case "execute_request":
        return this.execute(message);
      case "kernel_info_request":
        return this.reply(shell, message, "kernel_info_reply", kernelInfo());
      case "complete_request": {
        const { start, end, matches } = this.engine.complete(content.code, content.cursor_pos);
        return this.reply(shell, message, "complete_reply", { status: "ok", matches, cursor_start: start, cursor_end: end, metadata: {} });
      }
      case "inspect_request": {
        const text = this.engine.inspect(content.code, content.cursor_pos);
        const data = text ? { [MIME.text]: text } : {};
        return this.reply(shell, message, "inspect_reply", { status: "ok", found: Boolean(text), data, metadata: {} });
      }
      case "is_complete_request":
        return this.reply(shell, message, "is_complete_reply", this.engine.isComplete(content.code));
      case "history_request":
        return this.reply(shell, message, "history_reply", { status: "ok", history: this.history.query(content) });
      case "comm_info_request":
        return this.reply(shell, message, "comm_info_reply", { status: "ok", comms: {} });
      case "shutdown_request":
        return this.shutdown(shell, message);
      case "comm_open":
      case "comm_msg":
      case "comm_close":
        return;
      default:
        this.capture.log(`nnlab kernel: unsupported shell message ${message.header.msg_type}`);
    }
  }

  /** A shell request whose handler failed still gets its reply (status "error"), so no client waits forever. */
  private async replyFailure(request: Message, error: unknown): Promise<void> {
    this.capture.log(`nnlab kernel: ${request.header.msg_type} failed: ${(error as Error)?.stack ?? error}`);
    const type = request.header.msg_type;
    if (!type.endsWith("_request")) return;
    const evalue = String((error as Error)?.message ?? error);
    await this.reply(this.sockets.shell, request, type.replace(/_request$/, "_reply"), { status: "error", ename: "KernelError", evalue, traceback: [evalue] });
  }

  private async onControl(frames: Buffer[]): Promise<void> {
    const message = this.decode(frames);
    if (!message) return;
    const control = this.sockets.control;
    switch (message.header.msg_type) {
      case "shutdown_request":
        return this.withStatus(message, () => this.shutdown(control, message));
      case "interrupt_request":
        this.engine.interrupt();
        return this.reply(control, message, "interrupt_reply", { status: "ok" });
      case "kernel_info_request":
        return this.withStatus(message, () => this.reply(control, message, "kernel_info_reply", kernelInfo()));
      case "debug_request":
        return this.reply(control, message, "debug_reply", {});
      default:
        this.capture.log(`nnlab kernel: unsupported control message ${message.header.msg_type}`);
    }
  }

  private async execute(message: Message): Promise<void> {
    const { code = "", silent = false, store_history: storeHistory = !silent, stop_on_error: stopOnError = true } = message.content;
    const source = typeof code === "string" ? code : "";
    if (storeHistory) this.executionCount++;
    const count = this.executionCount;
    this.current = message;
    this.payload = [];
    if (!silent) this.publish("execute_input", { code: source, execution_count: count });
    const outcome = await this.engine.execute(code).catch((error): Outcome => {
      const evalue = messages.cellFailed(error);
      return { status: "error", ename: "KernelError", evalue, traceback: [evalue] };
    });
    await nextTurn(); // let output written by the cell's last callbacks arrive first
    this.capture.flush();
    if (outcome.status === "ok") {
      if (outcome.stderr && !silent) this.publish("stream", { name: "stderr", text: outcome.stderr });
      if (outcome.result && !silent) this.publish("execute_result", { execution_count: count, data: outcome.result, metadata: {} });
      if (storeHistory) this.history.add(count, source, outcome.result ? String(outcome.result[MIME.text]) : null);
      return this.reply(this.sockets.shell, message, "execute_reply", { status: "ok", execution_count: count, payload: this.payload, user_expressions: {} });
    }
    const { ename, evalue, traceback } = outcome;
    if (stopOnError && !silent) this.toAbort = await this.takeQueuedExecutes();
    if (!silent) this.publish("error", { ename, evalue, traceback });
    if (storeHistory) this.history.add(count, source);
    await this.reply(this.sockets.shell, message, "execute_reply", { status: "error", execution_count: count, ename, evalue, traceback }, { status: "error" });
  }

  private async shutdown(socket: Socket, message: Message): Promise<void> {
    const restart = Boolean(message.content.restart);
    await this.reply(socket, message, "shutdown_reply", { status: "ok", restart });
    this.publish("status", { execution_state: "idle" }, message);
    setTimeout(() => this.close(), 50);
  }

  /** Closes sockets and the compiler, then exits. */
  close(): void {
    this.capture.restore();
    this.engine.close();
    void Promise.all([this.sockets.iopub.drain(), this.sockets.shell.drain(), this.sockets.control.drain()]).then(() => {
      for (const socket of Object.values(this.sockets)) socket.close();
      this.exit(0);
    });
  }

  private reply(socket: Socket, parent: Message, msgType: string, content: object, metadata: Record<string, unknown> = {}): Promise<void> {
    const message: Message<object> = {
      identities: parent.identities,
      header: newHeader(msgType, this.session),
      parent_header: parent.header,
      metadata,
      content,
      buffers: [],
    };
    return socket.send(encode(message, this.info.key));
  }

  /** Publishes on IOPub after any buffered stream text (so output stays in order). */
  private publish(msgType: string, content: object, parent: Message | undefined = this.current): void {
    this.capture.flush();
    this.publishNow(msgType, content, parent);
  }

  private publishNow(msgType: string, content: object, parent: Message | undefined = this.current): void {
    const message: Message<object> = {
      identities: [Buffer.from(`kernel.${this.session}.${msgType}`)],
      header: newHeader(msgType, this.session),
      parent_header: parent ? parent.header : {},
      metadata: {},
      content,
      buffers: [],
    };
    this.sockets.iopub.send(encode(message, this.info.key)).catch((error) => this.capture.log(`nnlab kernel: IOPub send failed: ${error}`));
  }
}
