import type { LossLike } from "../core/losses";
import type { Network } from "../core/network";
import { isBatch } from "../core/checks";

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
  /**
   * |analytic − numeric| / max(|analytic|, |numeric|, resolution): the relative
   * error, except that gradients smaller than the finite differences can resolve
   * are measured against that resolution instead of against themselves.
   */
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
  /**
   * The smallest gradient the check can judge relatively. Central differences
   * in double precision carry a rounding error of about 8·ε·max(|L|, 1)/h
   * (ε = 2.2e-16); a gradient below that error divided by the tolerance
   * (≈ 1.8e-3 for L ≈ 1, h = 1e-6, tolerance 1e-6) cannot be resolved to the
   * tolerance, so it is compared with this resolution instead.
   */
  readonly resolution: number;
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
  const resolution = (8 * Number.EPSILON * Math.max(Math.abs(grads.loss), 1)) / h / tolerance;

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
    relativeError: Math.abs(fields.analytic - fields.numeric) / Math.max(Math.abs(fields.analytic), Math.abs(fields.numeric), resolution),
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
  return { maxRelativeError: worst.relativeError, worst, entries, ok: worst.relativeError < tolerance, resolution };
}
