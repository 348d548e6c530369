import type { Network } from "../core";
import { evaluateGrid, type Extent } from "./grid";
import { checkCount, limits } from "./limits";
import { messages } from "./messages";
import { classPoints } from "./classPoints";
import { classNames, pointRows, type PointsLike } from "./points";
import { runsOf, type HistoryLike } from "./runs";
import { chart, round, seamless, type ChartSpec, type Row } from "./spec";
import { colors } from "./theme";

/** The network's output over the input plane at one epoch, for `epochScrubber`. */
export interface BoundaryFrame {
  readonly epoch: number;
  readonly extent: Extent;
  readonly resolution: number;
  /** One row per cell: its edges and the output there. */
  readonly cells: readonly Row[];
}

/**
 * Records the network's output over the plane now (call it from `onEpoch`).
 *
 * @example
 *   const frames = [boundaryFrame(net, 0, { extent })];
 *   train(net, data, { onEpoch: (r, net) => { if (r.epoch % 10 === 0) frames.push(boundaryFrame(net, r.epoch, { extent })); } });
 */
export function boundaryFrame(net: Network, epoch: number, options: { extent?: Extent; resolution?: number } = {}): BoundaryFrame {
  const extent = options.extent ?? [[-1, 1], [-1, 1]];
  const resolution = options.resolution ?? 20;
  const cells = evaluateGrid("boundaryFrame", net, extent, resolution, (output) => ({ output: round(output[0], 4) }));
  return { epoch, extent, resolution, cells };
}

export interface EpochScrubberOptions {
  /** The data to draw on the map. */
  data?: PointsLike;
  title?: string;
  size?: number;
}

/**
 * A recorded training run to scrub through in the browser, without the
 * kernel: an epoch slider moves a marker along the loss curve and shows the
 * decision map recorded at (or just before) that epoch.
 *
 * Syntax:
 *   epochScrubber(history, frames)
 *   epochScrubber(history, frames, { data, title, size })
 *
 * @example
 *   epochScrubber(history, frames, { data });
 */
export function epochScrubber(history: HistoryLike, frames: readonly BoundaryFrame[], options: EpochScrubberOptions = {}): ChartSpec {
  const builder = "epochScrubber";
  const size = options.size ?? 260;
  const [run] = runsOf(builder, history);
  if (frames.length === 0) throw new Error(messages.noFrames(builder));
  const sorted = [...frames].sort((a, b) => a.epoch - b.epoch);
  sorted.forEach((f, k) => {
    if (f.resolution !== sorted[0].resolution || JSON.stringify(f.extent) !== JSON.stringify(sorted[0].extent)) throw new Error(messages.frameMismatch(builder, k));
  });
  const last = run.history.epochs[run.history.epochs.length - 1].epoch;
  const cells: Row[] = sorted.flatMap((f, k) => {
    const until = k + 1 < sorted.length ? sorted[k + 1].epoch : last + 1;
    return f.cells.map((c) => ({ epoch: f.epoch, until, x1lo: c.x1lo, x1hi: c.x1hi, x2lo: c.x2lo, x2hi: c.x2hi, output: c.output }));
  });
  checkCount(builder, "map cells", cells.length, limits.rows, "Record fewer frames, or a smaller { resolution } in boundaryFrame.");
  const losses: Row[] = run.history.epochs.flatMap((r) => [
    { epoch: r.epoch, set: "train", loss: r.trainLoss },
    ...(r.valLoss === undefined ? [] : [{ epoch: r.epoch, set: "validation", loss: r.valLoss }]),
  ]);
  const extent = sorted[0].extent;
  const scale = (k: 0 | 1) => ({ domain: extent[k], nice: false, zero: false });
  const points = options.data ? pointRows(builder, options.data) : [];
  return chart({
    title: options.title ?? "Training, epoch by epoch (move the slider)",
    params: [{ name: "epoch", value: sorted[sorted.length - 1].epoch, bind: { input: "range", min: 0, max: last, step: 1, name: "epoch " } }],
    hconcat: [
      {
        width: size, height: size, title: "Loss",
        layer: [
          {
            data: { values: losses }, mark: { type: "line", strokeWidth: 2 },
            encoding: {
              x: { field: "epoch", type: "quantitative", title: "epoch" }, y: { field: "loss", type: "quantitative", title: "loss" },
              color: { field: "set", type: "nominal", title: null, scale: { domain: ["train", "validation"], range: [colors.train, colors.validation] } },
              tooltip: [{ field: "set", type: "nominal" }, { field: "epoch", type: "quantitative" }, { field: "loss", type: "quantitative", format: ".6~g" }],
            },
          },
          { data: { values: [{}] }, transform: [{ calculate: "epoch", as: "now" }], mark: { type: "rule", color: "#222", strokeDash: [3, 2] }, encoding: { x: { field: "now", type: "quantitative", title: "epoch" } } },
        ],
      },
      {
        width: size, height: size, title: "Decision map at the recorded epoch",
        layer: [
          {
            data: { values: cells }, transform: [{ filter: "datum.epoch <= epoch && epoch < datum.until" }],
            mark: seamless,
            encoding: {
              x: { field: "x1lo", type: "quantitative", title: "x1", scale: scale(0) }, x2: { field: "x1hi" },
              y: { field: "x2lo", type: "quantitative", title: "x2", scale: scale(1) }, y2: { field: "x2hi" },
              color: { field: "output", type: "quantitative", title: "output", scale: { scheme: "blueorange", domain: [0, 1] } },
              tooltip: [{ field: "epoch", type: "quantitative", title: "recorded at epoch" }, { field: "output", type: "quantitative", format: ".4~g" }],
            },
          },
          ...(points.length === 0 ? [] : [classPoints(points, classNames(options.data!) ?? ["0", "1"], true, { field: "x1", type: "quantitative", scale: scale(0) }, { field: "x2", type: "quantitative", scale: scale(1) })]),
        ],
        resolve: { scale: { fill: "independent", color: "independent", shape: "independent" } },
      },
    ],
    resolve: { scale: { color: "independent" } },
  });
}
