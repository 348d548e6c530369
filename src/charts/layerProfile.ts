import { messages } from "./messages";
import { chart, round, type ChartSpec, type Row } from "./spec";
import { runColorsFor } from "./theme";

export interface LayerProfileOptions {
  /** What the numbers are, for the y axis and the tooltips (default "value"), e.g. "RMS of ∂L/∂w". */
  quantity?: string;
  /** The y scale: "log" (default: such numbers often span orders of magnitude) or "linear". */
  scale?: "log" | "linear";
  /** The x axis title (default "layer (0 = first hidden layer)"). */
  layerTitle?: string;
  /** The title, or a title with a subtitle line. */
  title?: string | { text: string; subtitle?: string };
  width?: number;
  height?: number;
}

const defaults = { quantity: "value", scale: "log", layerTitle: "layer (0 = first hidden layer)", width: 420, height: 260 } as const;

/**
 * One number per layer, for one or several networks, as lines over the layer
 * index: how the spread of z, or the size of the gradients, changes from the
 * first layer to the last. On a log scale (the default) equal steps mean equal
 * factors, so a gradient that shrinks by the same factor in every layer is a
 * straight line going down.
 *
 * Syntax:
 *   layerProfile({ "sigmoid": [3e-7, 3e-6, …], "ReLU + He": [0.03, 0.04, …] })
 *   layerProfile(runs, { quantity, scale, layerTitle, title, width, height })
 *
 * @example
 *   const rms = (rows: number[][]) => Math.sqrt(rows.flat().reduce((s, v) => s + v * v, 0) / rows.flat().length);
 *   layerProfile({ deep: grads.layers.map((g) => rms(g.dw)) }, { quantity: "RMS of ∂L/∂w" });
 */
export function layerProfile(runs: Readonly<Record<string, readonly number[]>>, options: LayerProfileOptions = {}): ChartSpec {
  const { quantity, scale, layerTitle, width, height } = { ...defaults, ...options };
  const builder = "layerProfile";
  const names = Object.keys(runs);
  if (names.length === 0) throw new Error(messages.emptyRuns(builder));
  const rows: Row[] = [];
  names.forEach((name, order) => {
    const values = runs[name];
    if (!values || values.length === 0) throw new Error(messages.emptyRun(builder, name));
    values.forEach((value, layer) => {
      if (typeof value !== "number" || !Number.isFinite(value)) throw new RangeError(messages.notFiniteValue(builder, name, layer, value));
      if (scale === "log" && value <= 0) throw new RangeError(messages.notPositiveOnLog(builder, name, layer, value));
      rows.push({ run: name, order, layer, value: round(value) });
    });
  });
  const layers = Math.max(...names.map((name) => runs[name].length));
  const x = {
    field: "layer", type: "quantitative", title: layerTitle,
    scale: { domain: [0, Math.max(1, layers - 1)], nice: false },
    axis: { tickMinStep: 1, format: "d", values: Array.from({ length: layers }, (_, l) => l) },
  };
  const y = { field: "value", type: "quantitative", title: quantity, ...(scale === "log" ? logAxis(rows.map((r) => r.value as number)) : { scale: { zero: true } }) };
  const color = {
    field: "run", type: "nominal", title: names.length > 1 ? "network" : null,
    sort: names, scale: { domain: names, range: runColorsFor(names) },
    ...(names.length > 1 ? {} : { legend: null }),
  };
  const tooltip = [
    { field: "run", type: "nominal", title: "network" },
    { field: "layer", type: "quantitative", title: "layer" },
    { field: "value", type: "quantitative", title: quantity, format: ".3~g" },
  ];
  return chart({
    title: options.title ?? `${quantity} per layer`,
    width, height,
    data: { values: rows },
    layer: [
      { mark: { type: "line", strokeWidth: 2 }, encoding: { x, y, color, detail: { field: "run", type: "nominal" } } },
      { mark: { type: "point", filled: true, size: 45 }, encoding: { x, y, color, shape: { field: "run", type: "nominal", sort: names, scale: { domain: names }, title: names.length > 1 ? "network" : null, ...(names.length > 1 ? {} : { legend: null }) }, tooltip } },
    ],
  });
}

/**
 * A log scale from the power of ten below the smallest value to the one above
 * the largest, with a tick and grid line at each power of ten (and at 2 and 5
 * times it when the values span fewer than 3 powers of ten), instead of Vega's
 * dense minor ticks; tiny and huge values labelled as 1e-7, the rest as 0.01, 20, 10,000.
 */
function logAxis(values: number[]): Record<string, unknown> {
  const low = Math.floor(Math.log10(Math.min(...values)) + 1e-9);
  const high = Math.max(low + 1, Math.ceil(Math.log10(Math.max(...values)) - 1e-9));
  const steps = high - low < 3 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let k = low; k <= high; k++) for (const m of steps) if (k < high || m === 1) ticks.push(+(m * 10 ** k).toPrecision(1));
  return {
    scale: { type: "log", domain: [10 ** low, 10 ** high], nice: false },
    axis: { values: ticks, labelExpr: "datum.value < 0.001 || datum.value >= 1e7 ? format(datum.value, '.0e') : format(datum.value, ',~g')" },
  };
}
