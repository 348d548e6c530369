import type { LossLike } from "./losses";
import type { Network } from "./network";
import { isBatch } from "./input";

/** One parameter's analytic and numerical gradient. */
export interface GradCheckEntry {
  readonly layer: number;
  readonly neuron: number;
  /** "weight" (from input `input`) or "bias". */
  readonly parameter: "weight" | "bias";
  readonly input?: number;
  /** ∂L/∂θ from backpropagation. */
  readonly analytic: number;
  /** (L(θ + h) − L(θ − h)) / 2h. */
  readonly numeric: number;
  /** |analytic − numeric| / max(|analytic|, |numeric|, 1e-8). */
  readonly relativeError: number;
}

export interface GradCheckResult {
  /** The largest relative error over every parameter. */
  readonly maxRelativeError: number;
  /** Where it is. */
  readonly worst: GradCheckEntry;
  /** Every parameter's comparison, layer by layer, weights before the bias of each neuron. */
  readonly entries: GradCheckEntry[];
  /** True when maxRelativeError is below the tolerance. */
  readonly ok: boolean;
}

/**
 * Checks backpropagation against central finite differences: nudges every
 * weight and bias by ±h, measures the loss, and compares the slope with the
 * analytic gradient.
 *
 * Syntax:
 *   gradCheck(net, x, y, loss)
 *   gradCheck(net, x, y, loss, { h, tolerance })
 *
 * @example
 *   const net = mlp([2, 3, 1], { output: "sigmoid" });
 *   gradCheck(net, [0.5, -1], [1], "bce").maxRelativeError;   // ~1e-9
 */
export function gradCheck(
  net: Network,
  x: readonly number[] | readonly (readonly number[])[],
  y: readonly number[] | readonly (readonly number[])[],
  loss?: LossLike,
  { h = 1e-6, tolerance = 1e-6 }: { h?: number; tolerance?: number } = {},
): GradCheckResult {
  const batch = isBatch(x);
  const xs = (batch ? x : [x]) as readonly (readonly number[])[];
  const ys = (batch ? y : [y]) as readonly (readonly number[])[];
  const grads = net.backward(net.forward(xs), ys, loss);
  const lossAt = () => net.loss(xs, ys, loss);

  const slope = (values: Float64Array, k: number): number => {
    const saved = values[k];
    values[k] = saved + h;
    const up = lossAt();
    values[k] = saved - h;
    const down = lossAt();
    values[k] = saved;
    return (up - down) / (2 * h);
  };
  const entry = (fields: Omit<GradCheckEntry, "relativeError">): GradCheckEntry => ({
    ...fields,
    relativeError: Math.abs(fields.analytic - fields.numeric) / Math.max(Math.abs(fields.analytic), Math.abs(fields.numeric), 1e-8),
  });

  const entries: GradCheckEntry[] = [];
  net.layers.forEach((layer, l) => {
    const g = grads.layers[l];
    for (let j = 0; j < layer.size; j++) {
      for (let i = 0; i < layer.inputs; i++) {
        entries.push(entry({ layer: l, neuron: j, parameter: "weight", input: i, analytic: g.dw[j][i], numeric: slope(layer.weights, j * layer.inputs + i) }));
      }
      entries.push(entry({ layer: l, neuron: j, parameter: "bias", analytic: g.db[j], numeric: slope(layer.bias, j) }));
    }
  });
  const worst = entries.reduce((a, b) => (b.relativeError > a.relativeError ? b : a));
  return { maxRelativeError: worst.relativeError, worst, entries, ok: worst.relativeError < tolerance };
}
