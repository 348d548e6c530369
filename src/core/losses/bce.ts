import type { Loss } from "./loss";
import { Activations, isActivationName } from "../activations";
import { messages } from "../messages";

/** log(1 + e^x) without overflow. */
function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/**
 * Binary cross-entropy, averaged over the n outputs of one sample:
 * L = −(1/n) Σ_k [ y_k log a_k + (1 − y_k) log(1 − a_k) ].
 * After a sigmoid output, ∂L/∂z_k = (a_k − y_k)/n, and L is computed from z as
 * (1/n) Σ_k [ softplus(z_k) − y_k z_k ], so a saturated sigmoid never gives log 0.
 *
 * @example
 *   bce.value(Float64Array.of(0.9), Float64Array.of(1), 0, 1);  // −log 0.9 ≈ 0.1054
 */
export const bce: Loss = {
  name: "bce",
  title: "binary cross-entropy",
  latex: "L = -\\frac{1}{n} \\sum_{k=1}^{n} \\bigl[ y_k \\log a_k + (1 - y_k) \\log(1 - a_k) \\bigr]",
  gradientLatex: "\\frac{\\partial L}{\\partial a_k} = \\frac{1}{n} \\left( -\\frac{y_k}{a_k} + \\frac{1 - y_k}{1 - a_k} \\right)",
  value(a, y, offset, n) {
    let sum = 0;
    for (let k = offset; k < offset + n; k++) {
      if (y[k] !== 0) sum -= y[k] * Math.log(a[k]);
      if (y[k] !== 1) sum -= (1 - y[k]) * Math.log(1 - a[k]);
    }
    return sum / n;
  },
  gradient(a, y, da, offset, n) {
    for (let k = offset; k < offset + n; k++) {
      let g = 0;
      if (y[k] !== 0) g -= y[k] / a[k];
      if (y[k] !== 1) g += (1 - y[k]) / (1 - a[k]);
      da[k] = g / n;
    }
  },
  pairedActivation: "sigmoid",
  pairedValue(z, y, offset, n) {
    let sum = 0;
    for (let k = offset; k < offset + n; k++) sum += softplus(z[k]) - y[k] * z[k];
    return sum / n;
  },
  pairedGradient(a, y, dz, offset, n) {
    for (let k = offset; k < offset + n; k++) dz[k] = (a[k] - y[k]) / n;
  },
  pairedGradientLatex: "\\frac{\\partial L}{\\partial z_k} = \\frac{1}{n} (a_k - y_k)",
  checkOutput(activationName, _outputs, f = isActivationName(activationName) ? Activations[activationName] : undefined) {
    const range = f?.range;
    if (f?.vector || (range !== undefined && !(range[0] >= 0 && range[1] <= 1))) throw new Error(messages.bceNeedsProbabilities(activationName));
  },
  checkTarget(y, sample) {
    for (let k = 0; k < y.length; k++) {
      if (!(y[k] >= 0 && y[k] <= 1)) throw new Error(messages.targetOutOfRange("bce", sample, k, y[k]));
    }
  },
};
