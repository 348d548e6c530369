import { randomBytes } from "crypto";
import type { EpochRecord } from "../training";
import { bestEpoch } from "../training/history";
import { lossCurve } from "../charts/lossCurve";
import type { HistoryLike } from "../charts/runs";
import type { ChartSpec } from "../charts/spec";
import { num } from "../core/format";
import { JUPYTER_DISPLAY, MIME, type Bundle, type MimeData } from "../jupyter/display";
import { chartBundle } from "./bundle";
import { messages } from "./messages";
import { send } from "./send";

export interface LiveTrainingOptions {
  /** Epochs planned, for the progress line ("epoch 40/200"). */
  epochs?: number;
  /** Least time between two updates of the display, in milliseconds (default 250). */
  every?: number;
  /** The chart drawn from the epochs so far (default: the loss curve). */
  chart?: (history: HistoryLike) => ChartSpec;
  title?: string;
  /** The clock (for tests); default Date.now. */
  now?: () => number;
}

/**
 * One notebook output that follows training: the loss curve and a progress
 * line, updated in place (update_display_data, same display id) at most every
 * `every` milliseconds, so a fast loop does not flood the browser. Updates
 * carry the live chart and the text; `done()` sends the final picture (PNG and
 * SVG too), which is what a saved notebook keeps.
 *
 * Outside a kernel nothing is sent; `done()` returns the final bundle.
 *
 * Syntax:
 *   const live = liveTraining({ epochs, every, chart, title });
 *   train(net, data, { epochs, onEpoch: live.onEpoch });
 *   live.done();
 *
 * @example
 *   const live = liveTraining({ epochs: 200 });
 *   const history = train(net, data, { epochs: 200, validation, onEpoch: live.onEpoch });
 *   live.done();
 */
export function liveTraining(options: LiveTrainingOptions = {}): LiveTraining {
  return new LiveTraining(options);
}

export class LiveTraining {
  readonly id = randomBytes(8).toString("hex");
  readonly epochs: EpochRecord[] = [];
  /** How many messages were sent to the kernel (display + updates). */
  sent = 0;
  private shown = false;
  private last = -Infinity;
  private finished = false;

  constructor(private readonly options: LiveTrainingOptions = {}) {
    const { epochs, every } = options;
    if (epochs !== undefined && !(Number.isInteger(epochs) && epochs > 0)) throw new RangeError(messages.option("liveTraining({ epochs })", "epochs", "a positive integer", epochs));
    if (every !== undefined && !(typeof every === "number" && every >= 0)) throw new RangeError(messages.option("liveTraining({ every })", "every", "a number of milliseconds ≥ 0", every));
  }

  /** Pass as `train`'s `onEpoch`: records the epoch and updates the display when enough time has passed. */
  readonly onEpoch = (record: EpochRecord): void => {
    this.update(record);
  };

  /** Records an epoch (epoch 0, the start, included if you pass it) and maybe updates the display. */
  update(record: EpochRecord): void {
    this.epochs.push(record);
    const now = (this.options.now ?? Date.now)();
    if (now - this.last < (this.options.every ?? 250)) return;
    this.last = now;
    this.post({ data: { [MIME.vegaLite]: JSON.parse(JSON.stringify(this.chart())), [MIME.text]: this.progress() }, metadata: {} });
  }

  /** Sends the final chart with its pictures; returns the bundle outside a kernel. */
  done(): Bundle | undefined {
    this.finished = true;
    const bundle = this.toBundle();
    return this.post(bundle) ? undefined : bundle;
  }

  /** The epochs so far, as charts read a history. */
  get history(): HistoryLike {
    return { epochs: this.epochs, bestEpoch: bestEpoch(this.epochs) };
  }

  /** One line: "epoch 40/200 · trainLoss 0.1234 · valLoss 0.1456". */
  progress(): string {
    const r = this.epochs[this.epochs.length - 1];
    if (!r) return "training: no epoch yet";
    const of = this.options.epochs ? `/${this.options.epochs}` : "";
    return `${this.finished ? "done: " : ""}epoch ${r.epoch}${of} · trainLoss ${num(r.trainLoss)}${r.valLoss === undefined ? "" : ` · valLoss ${num(r.valLoss)}`}${r.trainAccuracy === undefined ? "" : ` · trainAccuracy ${num(r.trainAccuracy)}`}`;
  }

  toBundle(): Bundle {
    return chartBundle(this.chart(), { text: this.progress() });
  }

  summary(): string {
    return `LiveTraining { ${this.progress()} }`;
  }

  /** Shown as a cell's last expression: the chart so far, with its pictures. */
  [JUPYTER_DISPLAY](): MimeData {
    return this.toBundle().data;
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.summary();
  }

  private chart(): ChartSpec {
    const history = this.history;
    if (this.options.chart) return this.options.chart(history);
    const title = { text: this.options.title ?? "Training", subtitle: this.progress() };
    return lossCurve(history, { title, best: this.finished });
  }

  private post(bundle: Bundle): boolean {
    const ok = send(bundle, { id: this.id, update: this.shown });
    if (ok) { this.shown = true; this.sent++; }
    return ok;
  }
}
