import type { Network } from "../core";
import { checkCount, limits } from "./limits";
import { messages } from "./messages";
import { chart, type ChartSpec, type Row } from "./spec";
import { runColorsFor } from "./theme";

export interface WeightHistogramOptions {
  /** Which layers' weights: "all" (default) or one layer index. Biases are not weights and are left out. */
  layer?: "all" | number;
  /** Most bins (default 40). */
  bins?: number;
  title?: string;
  width?: number;
  height?: number;
}

const defaults = { layer: "all", bins: 40, width: 420, height: 90 } as const;

/**
 * How a network's weights are spread: one histogram per network, on a shared
 * axis — L1 piles weights at exactly 0 (sparsity), L2 pulls them all towards
 * 0 (shrinkage), no penalty leaves them spread.
 *
 * Syntax:
 *   weightHistogram(net)
 *   weightHistogram({ "no penalty": a, L1: b, L2: c }, { layer, bins, title, width, height })
 *
 * @example
 *   weightHistogram({ "no penalty": plain, "L1 λ=0.01": sparse, "L2 λ=0.01": small });
 */
export function weightHistogram(nets: Network | Readonly<Record<string, Network>>, options: WeightHistogramOptions = {}): ChartSpec {
  const { layer, bins, width, height } = { ...defaults, ...options };
  const builder = "weightHistogram";
  const list = typeof (nets as Network).predict === "function" ? [["network", nets as Network] as const] : Object.entries(nets as Record<string, Network>);
  if (list.length === 0) throw new Error(messages.emptyRuns(builder));
  const rows: Row[] = [];
  list.forEach(([name, net], order) => {
    net.layers.forEach((l, k) => {
      if (layer !== "all" && layer !== k) return;
      l.weights.forEach((weight) => rows.push({ network: name, order, layer: k, weight }));
    });
    if (layer !== "all" && (layer < 0 || layer >= net.layers.length)) throw new RangeError(messages.layerIndex(builder, layer, net.layers.length));
  });
  checkCount(builder, "weights", rows.length, limits.rows, "Pick one layer with { layer }.");
  return chart({
    title: options.title ?? (layer === "all" ? "Weights" : `Weights of layer ${layer}`),
    data: { values: rows },
    facet: { row: { field: "network", type: "nominal", title: null, sort: { field: "order" }, header: { labelAngle: 0, labelAlign: "left" } } },
    spec: {
      width, height,
      mark: { type: "bar", binSpacing: 0 },
      encoding: {
        x: { field: "weight", type: "quantitative", bin: { maxbins: bins }, title: "weight" },
        y: { aggregate: "count", type: "quantitative", title: "count" },
        color: { field: "network", type: "nominal", legend: null, scale: { domain: list.map(([name]) => name), range: runColorsFor(list.map(([name]) => name)) } },
        tooltip: [{ field: "network", type: "nominal" }, { field: "weight", type: "quantitative", bin: { maxbins: bins }, title: "weight" }, { aggregate: "count", type: "quantitative", title: "count" }],
      },
    },
  });
}
