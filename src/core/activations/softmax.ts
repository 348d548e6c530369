import type { Activation } from "./activation";
import { messages } from "../messages";

/**
 * Softmax over the whole layer: a_j = e^{z_j} / Σ_k e^{z_k}. The outputs are
 * positive and sum to 1: class probabilities. Computed with the largest z
 * subtracted first, so it never overflows.
 *
 * Each a_j depends on every z_k, so the derivative is a Jacobian:
 * ∂a_j/∂z_k = a_j (δ_jk − a_k). `df` gives its diagonal a_j (1 − a_j).
 *
 * @example
 *   const z = Float64Array.of(1, 2, 3), a = new Float64Array(3);
 *   softmax.forward(z, a, 0, 3);  // a ≈ [0.090, 0.245, 0.665]
 */
export const softmax: Activation = {
  name: "softmax",
  latex: "\\operatorname{softmax}(z)_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}",
  derivativeLatex: "\\frac{\\partial a_j}{\\partial z_k} = a_j\\,(\\delta_{jk} - a_k)",
  symbol: { tex: "\\operatorname{softmax}", text: "softmax" },
  range: [0, 1],
  vector: true,
  f() {
    throw new Error(messages.softmaxOneZ());
  },
  df: (_z, a) => a * (1 - a),
  forward(z, a, offset, n) {
    let max = -Infinity;
    for (let k = offset; k < offset + n; k++) if (z[k] > max) max = z[k];
    let sum = 0;
    for (let k = offset; k < offset + n; k++) {
      a[k] = Math.exp(z[k] - max);
      sum += a[k];
    }
    for (let k = offset; k < offset + n; k++) a[k] /= sum;
  },
  backward(_z, a, da, dz, offset, n) {
    let dot = 0;
    for (let k = offset; k < offset + n; k++) dot += da[k] * a[k];
    for (let k = offset; k < offset + n; k++) dz[k] = a[k] * (da[k] - dot);
  },
};
