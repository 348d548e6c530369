import { checkCount, limits } from "./limits";
import { runsOf, type RunsLike } from "./runs";
import { chart, type ChartSpec, type Row } from "./spec";
import { colors, runColorsFor } from "./theme";

export interface LossCurveOptions {
  /** "loss" (default) or "accuracy". */
  metric?: "loss" | "accuracy";
  /** The y scale: "linear" (default) or "log" (for losses spanning orders of magnitude). */
  scale?: "linear" | "log";
  /** Start the y axis at 0, so small changes look small (default: for accuracy yes, for losses no). */
  zero?: boolean;
  /** Mark each run's best epoch (lowest validation loss, else training loss). Default true. */
  best?: boolean;
  /**
   * Keep a diverging run from squashing the others (losses only): the y axis
   * stops at 3× the largest starting loss, and a run that leaves the chart is
   * marked where it leaves, with its largest value. Default true; false shows everything.
   */
  clip?: boolean;
  /** The title, or a title with a subtitle line. */
  title?: string | { text: string; subtitle?: string };
  width?: number;
  height?: number;
}

const defaults = { metric: "loss", scale: "linear", best: true, clip: true, width: 420, height: 260 } as const;

/**
 * At most this many epochs per line carry a dot (with its tooltip): a long
 * run shows every k-th epoch and its last one. Drawing a dot for each of 3 ×
 * 2 × 1000 epochs made such a chart cost twice as much to show.
 */
export const MAX_DOTS_PER_LINE = 150;

/**
 * Training and validation loss per epoch, the best epoch marked, exact values
 * in tooltips. Several runs overlay in colours (solid = training, dashed =
 * validation), for comparing learning rates, optimizers, dropout or L2.
 *
 * Syntax:
 *   lossCurve(history)
 *   lossCurve({ "η = 0.1": h1, "η = 1": h2 }, { metric, scale, best, title, width, height })
 *   lossCurve([{ name, history }, …])
 *
 * @example
 *   const history = train(net, data, { epochs: 50, validation });
 *   lossCurve(history, { scale: "log" });
 */
export function lossCurve(runs: RunsLike, options: LossCurveOptions = {}): ChartSpec {
  const { metric, scale, best, clip, width, height } = { ...defaults, ...options };
  const list = runsOf("lossCurve", runs, "run");
  const several = list.length > 1;
  const key = metric === "loss" ? ({ train: "trainLoss", validation: "valLoss" } as const) : ({ train: "trainAccuracy", validation: "valAccuracy" } as const);
  const rows: Row[] = [];
  const bests: Row[] = [];
  for (const { name, history } of list) {
    for (const record of history.epochs) {
      for (const set of ["train", "validation"] as const) {
        const value = record[key[set]];
        if (value !== undefined && Number.isFinite(value) && (scale !== "log" || value > 0)) {
          rows.push({ run: name, set, epoch: record.epoch, [metric]: value });
        }
      }
    }
    const record = history.epochs[history.bestEpoch];
    const value = record && (record[key.validation] ?? record[key.train]);
    if (record && value !== undefined) bests.push({ run: name, epoch: record.epoch, [metric]: value, label: `best epoch ${record.epoch}` });
  }
  checkCount("lossCurve", "points", rows.length, limits.rows, "Record fewer epochs, or pass every 10th record.");
  const points = rows.length / Math.max(1, list.length * 2);
  const dotFilter = thinning(list.map(({ name, history }) => ({ name, epochs: history.epochs.map((r) => r.epoch) })));
  const yTitle = metric === "loss" ? "loss" : "accuracy";
  const x = { field: "epoch", type: "quantitative", title: "epoch", axis: { tickMinStep: 1 } };
  const ceiling = metric === "loss" && clip ? ceilingOf(rows, list.map((r) => r.name)) : undefined;
  const exits = ceiling === undefined ? [] : exitsAbove(rows, ceiling);
  const floor = Math.min(...rows.map((r) => r[metric] as number));
  const yScale = scale === "log" ? { type: "log", nice: false } : { zero: options.zero ?? metric === "accuracy" };
  const y = {
    field: metric, type: "quantitative", title: yTitle,
    scale: exits.length > 0 ? { ...yScale, domain: [scale === "log" ? floor / 1.2 : Math.min(0, floor), ceiling] } : yScale,
  };
  // Only the sets that have data get a legend entry (no "validation" without a validation set).
  const sets = (["train", "validation"] as const).filter((set) => rows.some((row) => row.set === set));
  const color = several
    ? { field: "run", type: "nominal", title: "run", scale: { domain: list.map((r) => r.name), range: runColorsFor(list.map((r) => r.name)) } }
    : { field: "set", type: "nominal", title: null, scale: { domain: sets, range: sets.map((set) => colors[set]) } };
  const dash = { field: "set", type: "nominal", title: "data", scale: { domain: sets, range: sets.map((set) => (set === "train" ? [1, 0] : [5, 3])) } };
  const tooltip = [
    ...(several ? [{ field: "run", type: "nominal" }] : []),
    { field: "set", type: "nominal" },
    { field: "epoch", type: "quantitative" },
    { field: metric, type: "quantitative", format: ".6~g" },
  ];
  const clipped = exits.length > 0;
  const layers: Record<string, unknown>[] = [
    { mark: { type: "line", strokeWidth: 2, ...(clipped ? { clip: true } : {}) }, encoding: { x, y, color, ...(several ? { strokeDash: dash } : {}) } },
    {
      ...(dotFilter ? { transform: [{ filter: dotFilter }] } : {}),
      mark: { type: "point", filled: true, size: points <= 200 ? 18 : 6, ...(clipped ? { clip: true } : {}) }, encoding: { x, y, color, tooltip },
    },
  ];
  if (clipped) {
    layers.push({
      data: { values: exits.map((e) => ({ ...e, [metric]: ceiling, label: `↑ ${e.run} leaves the chart (up to ${+(e.max as number).toPrecision(3)})` })) },
      mark: { type: "text", align: "left", baseline: "top", dx: 5, dy: 3, fontSize: 11 },
      encoding: { x: { field: "epoch", type: "quantitative" }, y: { field: metric, type: "quantitative" }, text: { field: "label" }, ...(several ? { color } : { color: { value: "#222" } }) },
    });
  }
  if (best && bests.length > 0) {
    layers.push(
      {
        data: { values: bests }, mark: { type: "rule", strokeDash: [2, 2], color: "#888" },
        encoding: { x: { field: "epoch", type: "quantitative" }, ...(several ? { color } : {}) },
      },
      {
        data: { values: bests },
        mark: { type: "point", shape: "diamond", filled: true, size: 110, color: "#222", stroke: "#222", strokeWidth: 1 },
        encoding: {
          x: { field: "epoch", type: "quantitative" }, y: { field: metric, type: "quantitative" }, ...(several ? { color } : {}),
          tooltip: [...(several ? [{ field: "run", type: "nominal" }] : []), { field: "label", type: "nominal", title: "best" }, { field: metric, type: "quantitative", format: ".6~g" }],
        },
      },
      ...(several ? [] : [{
        data: { values: bests },
        mark: { type: "text", align: "left", dx: 4, dy: -10, fontSize: 11, color: "#222" },
        encoding: { x: { field: "epoch", type: "quantitative" }, y: { field: metric, type: "quantitative" }, text: { field: "label" } },
      }]),
    );
  }
  return chart({
    title: options.title ?? (metric === "loss" ? "Loss per epoch" : "Accuracy per epoch"),
    width, height,
    data: { values: rows },
    layer: layers,
  });
}

/**
 * The Vega expression that keeps every k-th epoch's dot and each run's last
 * one, so no line has more than MAX_DOTS_PER_LINE; undefined when every dot fits.
 */
export function thinning(runs: readonly { name: string; epochs: readonly number[] }[]): string | undefined {
  const longest = runs.reduce((a, b) => (b.epochs.length > a.epochs.length ? b : a), { name: "", epochs: [] as readonly number[] }).epochs;
  if (longest.length <= MAX_DOTS_PER_LINE) return undefined;
  // In epochs, a multiple of the records' own spacing (a history may keep every 10th epoch).
  const spacing = longest.slice(1).reduce((min, epoch, k) => Math.min(min, epoch - longest[k]), Infinity);
  const every = Math.max(1, spacing) * Math.ceil(longest.length / (MAX_DOTS_PER_LINE - 1));
  const lasts = runs
    .filter((r) => r.epochs.length > 0)
    .map((r) => `(datum.run === ${JSON.stringify(r.name)} && datum.epoch === ${r.epochs[r.epochs.length - 1]})`);
  return [`datum.epoch % ${every} === 0`, ...lasts].join(" || ");
}

/** The top of the y axis that keeps every run readable: 3× the largest starting loss. */
function ceilingOf(rows: readonly Row[], runs: readonly string[]): number {
  const starts = runs.map((run) => rows.find((r) => r.run === run && r.set === "train")?.loss as number | undefined).filter((v): v is number => v !== undefined);
  return 3 * Math.max(...starts);
}

/** For each run that goes above `ceiling` (in either set): the last epoch it was in view, and its largest value. */
function exitsAbove(rows: readonly Row[], ceiling: number): Row[] {
  const exits = new Map<string, Row>();
  const previous = new Map<string, number>();
  for (const row of rows) {
    const key = String(row.run);
    const value = row.loss as number;
    if (value > ceiling) {
      const exit = exits.get(key);
      if (exit) exit.max = Math.max(exit.max as number, value);
      else exits.set(key, { run: row.run, epoch: previous.get(key) ?? row.epoch, max: value });
    } else if (!exits.has(key)) {
      previous.set(key, row.epoch as number);
    }
  }
  return [...exits.values()];
}
