import type { Network, Trace } from "../core";
import { decisionBoundary } from "./decisionBoundary";
import { allInputs, type PointsLike } from "./points";
import { messages } from "./messages";
import { networkDiagram } from "./networkDiagram";
import { part, sideBySide } from "./sideBySide";
import type { Extent } from "./grid";
import { chart, type ChartSpec } from "./spec";

export interface DropoutViewOptions {
  /** The dropout rate of the hidden layers (one, or one per hidden layer). Default 0.5. */
  dropout?: number | readonly number[];
  /** Seed of the dropout draw: each seed drops other neurons (default 1). */
  seed?: number;
  /** Cells per side of the two maps (default 40). */
  resolution?: number;
  extent?: Extent;
}

/**
 * The network that dropout trains in one step, with the neurons it switched
 * off: the kept activations scaled by 1/(1 − p), the dropped ones giving 0.
 * `mask[l][j]` is 1 for a kept neuron and 0 for a dropped one.
 */
export function thinned(net: Network, trace: Trace): Network {
  const copy = net.clone();
  trace.layers.forEach((t, l) => {
    if (!t.mask || l + 1 >= copy.layers.length) return;
    const next = copy.layers[l + 1];
    for (let k = 0; k < next.size; k++) {
      for (let j = 0; j < next.inputs; j++) next.weights[k * next.inputs + j] *= t.mask[j] / (1 - t.dropout);
    }
  });
  return copy;
}

/**
 * Dropout at one training step: which neurons were dropped (network diagram),
 * the decision map of the thinned network that this step trains, and the
 * evaluation-mode map of the whole network, side by side.
 *
 * Syntax:
 *   dropoutView(net, data)
 *   dropoutView(net, data, { dropout, seed, resolution, extent })
 *
 * @example
 *   dropoutView(net, circle(), { dropout: 0.5, seed: 4 });
 */
export function dropoutView(net: Network, data: PointsLike, options: DropoutViewOptions = {}): ChartSpec {
  const { dropout = 0.5, seed = 1, resolution = 40 } = options;
  const builder = "dropoutView";
  const rates = typeof dropout === "number" ? [dropout] : [...dropout];
  if (!rates.some((p) => p > 0 && p < 1)) throw new RangeError(messages.noDropout(builder));
  const inputs = allInputs(data);
  const trace = net.forward(inputs[0] ?? new Array(net.inputs).fill(0), { dropout, seed });
  const dropped = trace.layers.flatMap((t, l) => {
    const off = (t.mask ?? []).flatMap((m, j) => (m === 0 ? [j] : []));
    return off.length === 0 ? [] : [`layer ${l}: neuron${off.length > 1 ? "s" : ""} ${off.join(", ")}`];
  });
  const extent = options.extent;
  const map = (n: Network, title: string) => decisionBoundary(n, data, { resolution, title, width: 220, height: 220, ...(extent ? { extent } : {}) });
  // The diagram above, the two maps below it side by side: about 760 px wide, so it fits a notebook's output column.
  return chart({
    title: `Dropout p = ${rates.join(", ")} in the network [${net.sizes.join(", ")}]: one training step (seed ${seed})`,
    vconcat: [
      part(networkDiagram(net, { trace, title: { text: `Dropped at this step (seed ${seed})`, subtitle: dropped.length === 0 ? "none" : dropped.join("; ") }, width: 420, height: 220 })),
      part(sideBySide(map(thinned(net, trace), "Training mode: the thinned network"), map(net, "Evaluation mode: every neuron"))),
    ],
    resolve: { scale: { color: "independent", fill: "independent", stroke: "independent", opacity: "independent", shape: "independent", strokeWidth: "independent" } },
    spacing: 20,
  });
}
