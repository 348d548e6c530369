import type { Activation, Network } from "../core";
import { evaluateGrid, extentOf, type Extent } from "./grid";
import { checkCount, limits } from "./limits";
import { messages } from "./messages";
import { allInputs, type PointsLike } from "./points";
import { chart, round, seamless, type ChartSpec, type Row } from "./spec";

export interface NeuronMapsOptions {
  /** Which hidden layer (default 0, the first). */
  layer?: number;
  /** Cells per side of each map (default 25; maps × cells stay under the row limit). */
  resolution?: number;
  /** The part of the plane to draw (default: the data's extent, or [-1, 1]²). */
  extent?: Extent;
  /** Maps per row (default 4). */
  columns?: number;
  /** Size of each map in pixels (default 110). */
  size?: number;
  title?: string;
}

const defaults = { layer: 0, resolution: 25, columns: 4, size: 110 } as const;

/** The colour domain that fits an activation's range (its bounds, ± the largest |a| where unbounded), so maps of one layer compare. */
function domainOf(activation: Activation, values: number[]): [number, number] {
  const [low, high] = activation.range ?? [-Infinity, Infinity];
  const m = round(Math.max(1e-9, ...values.map(Math.abs)), 3);
  return [Number.isFinite(low) ? low : -m, Number.isFinite(high) ? high : m];
}

/**
 * For every neuron of a hidden layer, its activation a over the input plane:
 * the picture of what each neuron has learned to detect. One small map per
 * neuron, on one colour scale.
 *
 * Syntax:
 *   neuronMaps(net)
 *   neuronMaps(net, data, { layer, resolution, extent, columns, size, title })
 *
 * @example
 *   neuronMaps(net, circle(), { layer: 0 });
 */
export function neuronMaps(net: Network, data?: PointsLike, options: NeuronMapsOptions = {}): ChartSpec {
  const { layer, resolution, columns, size } = { ...defaults, ...options };
  const builder = "neuronMaps";
  const hidden = net.layers.length - 1;
  if (!Number.isInteger(layer) || layer < 0 || layer >= net.layers.length) throw new RangeError(messages.layerIndex(builder, layer, Math.max(1, hidden)));
  const neurons = net.layers[layer].size;
  checkCount(builder, "map cells", neurons * resolution * resolution, limits.rows, `Pass a smaller { resolution } (at most ${Math.floor(Math.sqrt(limits.rows / neurons))}).`);
  const extent = options.extent ?? (data ? extentOf(allInputs(data)) : ([[-1, 1], [-1, 1]] as const));
  const rows = evaluateGrid(builder, net, extent, resolution, (_, activations): Row[] =>
    activations[layer].map((a, j) => ({ neuron: `neuron ${j}`, j, a: round(a, 4) })));
  const domain = (values: number[]) => domainOf(net.layers[layer].activation, values);
  const activation = net.layers[layer].activation.name;
  const color = { scheme: "purpleorange", domain: domain(rows.map((r) => r.a as number)) };
  const scale = { domain: extent[0], nice: false, zero: false };
  return chart({
    title: options.title ?? `What each neuron of layer ${layer} computes (a = ${activation}(z))`,
    data: { values: rows },
    columns,
    facet: { field: "neuron", type: "nominal", title: null, sort: { field: "j" } },
    spec: {
      width: size, height: size,
      mark: seamless,
      encoding: {
        x: { field: "x1lo", type: "quantitative", title: "x1", scale },
        x2: { field: "x1hi" },
        y: { field: "x2lo", type: "quantitative", title: "x2", scale: { ...scale, domain: extent[1] } },
        y2: { field: "x2hi" },
        color: { field: "a", type: "quantitative", title: "a", scale: color },
        tooltip: [{ field: "neuron", type: "nominal" }, { field: "x1", type: "quantitative" }, { field: "x2", type: "quantitative" }, { field: "a", type: "quantitative", format: ".4~g" }],
      },
    },
  });
}
