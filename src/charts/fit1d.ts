import type { Network } from "../core";
import type { Samples } from "../training";
import { checkCount, limits } from "./limits";
import { messages } from "./messages";
import { chart, round, type ChartSpec, type Row } from "./spec";
import { colors } from "./theme";

/** A network to draw, with the panel's title: `{ "underfit (1 neuron)": net1, … }` or a list. */
export type ModelsLike = Network | readonly { readonly name: string; readonly net: Network }[] | Readonly<Record<string, Network>>;

export interface Fit1dOptions {
  /** The noise-free curve, drawn for comparison (a curve1d data set carries it as `truth`). */
  truth?: (x: number[]) => number[];
  /** The x interval of the curves (default: the data's, padded 5%). */
  range?: readonly [number, number];
  /** Points per curve (default 200). */
  samples?: number;
  /**
   * What the axes and the legend call things (defaults: x, y, "data",
   * "prediction", "true curve"). For one neuron, say `{ y: "a", prediction: "a = σ(w·x + b)" }`.
   */
  labels?: { x?: string; y?: string; data?: string; prediction?: string; truth?: string };
  title?: string;
  /** Panels per row (default: as many as fit in about 800 px, the width of a notebook's output column). */
  columns?: number;
  width?: number;
  height?: number;
}

const defaults = { samples: 200, width: 260, height: 200 } as const;

/** The width a row of panels may take, legend included: a notebook's output column. */
const ROW_WIDTH = 800;

/**
 * A regression in one dimension: the data points, the network's prediction
 * curve and the true curve — several networks side by side to see
 * underfitting, a good fit and overfitting on the same data.
 *
 * Syntax:
 *   fit1d(net, data)
 *   fit1d({ "1 neuron": small, "8 neurons": mid, "64 neurons": big }, data, { truth, range, samples, title })
 *
 * @example
 *   const data = curve1d();
 *   fit1d({ underfit: line, "good fit": net, overfit: big }, data);
 */
export function fit1d(models: ModelsLike, data: Samples & { truth?: (x: number[]) => number[] }, options: Fit1dOptions = {}): ChartSpec {
  const { samples, width, height } = { ...defaults, ...options };
  const builder = "fit1d";
  const list = modelsOf(models);
  if (list.length === 0) throw new Error(messages.emptyRuns(builder));
  for (const { net } of list) if (net.inputs !== 1 || net.outputs !== 1) throw new RangeError(messages.notOneInput(builder, net.inputs));
  checkCount(builder, "points", data.x.length * list.length, limits.points, "Draw fewer data points.");
  const xs = data.x.map((x) => x[0]);
  const lo = Math.min(...xs), hi = Math.max(...xs), pad = 0.05 * (hi - lo || 1);
  const range = options.range ?? [lo - pad, hi + pad];
  if (!(range[0] < range[1])) throw new RangeError(messages.badRange(builder, range));
  const truth = options.truth ?? data.truth;
  const grid = Array.from({ length: samples }, (_, k) => range[0] + ((range[1] - range[0]) * k) / (samples - 1));
  const rows: Row[] = [];
  list.forEach(({ name, net }, panel) => {
    data.x.forEach((x, s) => rows.push({ model: name, panel, kind: "data", x: x[0], y: data.y[s][0], sample: s }));
    const predictions = net.predict(grid.map((x) => [x]));
    grid.forEach((x, k) => rows.push({ model: name, panel, kind: "prediction", x: round(x, 8), y: round(predictions[k][0], 8) }));
    if (truth) grid.forEach((x) => rows.push({ model: name, panel, kind: "truth", x: round(x, 8), y: round(truth([x])[0], 8) }));
  });
  checkCount(builder, "rows", rows.length, limits.rows, "Pass fewer { samples }.");
  const names = { x: "x", y: "y", data: "data", prediction: "prediction", truth: "true curve", ...options.labels };
  for (const row of rows) row.kind = names[row.kind as "data" | "prediction" | "truth"];
  const kinds = [names.data, names.prediction, ...(truth ? [names.truth] : [])];
  const color = { field: "kind", type: "nominal", title: null, scale: { domain: kinds, range: [colors.data, colors.prediction, colors.truth].slice(0, kinds.length) } };
  const x = { field: "x", type: "quantitative", title: names.x, scale: { domain: range, nice: false } };
  const y = { field: "y", type: "quantitative", title: names.y };
  const tooltip = [{ field: "kind", type: "nominal", title: "curve" }, { field: "x", type: "quantitative", title: names.x, format: ".4~g" }, { field: "y", type: "quantitative", title: names.y, format: ".6~g" }];
  return chart({
    title: options.title ?? (list.length > 1 ? "Fits side by side: data, prediction and the true curve" : "Data, prediction and the true curve"),
    data: { values: rows },
    facet: { field: "model", type: "nominal", title: null, sort: { field: "panel" } },
    columns: options.columns ?? Math.max(1, Math.floor((ROW_WIDTH - 170) / (width + 50))),
    spec: {
      width, height,
      layer: [
        { transform: [{ filter: { not: { field: "kind", equal: names.data } } }], mark: { type: "line", strokeWidth: 2 }, encoding: { x, y, color, strokeDash: { field: "kind", type: "nominal", title: null, scale: { domain: kinds, range: [[1, 0], [1, 0], [5, 3]].slice(0, kinds.length) } }, tooltip } },
        { transform: [{ filter: { field: "kind", equal: names.data } }], mark: { type: "point", filled: true, size: 36 }, encoding: { x, y, color, tooltip: [...tooltip, { field: "sample", type: "quantitative" }] } },
      ],
    },
  });
}

function modelsOf(models: ModelsLike): { name: string; net: Network }[] {
  if (Array.isArray(models)) return [...(models as { name: string; net: Network }[])];
  if (typeof (models as Network).predict === "function") return [{ name: "network", net: models as Network }];
  return Object.entries(models as Record<string, Network>).map(([name, net]) => ({ name, net }));
}
