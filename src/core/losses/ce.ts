import type { Loss } from "./loss";
import { messages } from "../messages";

/**
 * Softmax cross-entropy for one sample with one-hot (or probability) target y:
 * L = −Σ_k y_k log a_k, where a = softmax(z). Computed from z as
 * Σ_k y_k (logΣexp(z) − z_k), and its gradient is the famous ∂L/∂z_k = a_k − y_k
 * (times Σ y, which is 1 for a one-hot target).
 *
 * @example
 *   ce.value(Float64Array.of(0.7, 0.2, 0.1), Float64Array.of(1, 0, 0), 0, 3);  // −log 0.7 ≈ 0.357
 */
export const ce: Loss = {
  name: "ce",
  title: "softmax cross-entropy",
  latex: "L = -\\sum_{k} y_k \\log a_k",
  gradientLatex: "\\frac{\\partial L}{\\partial a_k} = -\\frac{y_k}{a_k}",
  value(a, y, offset, n) {
    let sum = 0;
    for (let k = offset; k < offset + n; k++) if (y[k] !== 0) sum -= y[k] * Math.log(a[k]);
    return sum;
  },
  gradient(a, y, da, offset, n) {
    for (let k = offset; k < offset + n; k++) da[k] = y[k] === 0 ? 0 : -y[k] / a[k];
  },
  pairedActivation: "softmax",
  pairedValue(z, y, offset, n) {
    let max = -Infinity;
    for (let k = offset; k < offset + n; k++) if (z[k] > max) max = z[k];
    let sum = 0;
    for (let k = offset; k < offset + n; k++) sum += Math.exp(z[k] - max);
    const logSumExp = max + Math.log(sum);
    let loss = 0;
    for (let k = offset; k < offset + n; k++) if (y[k] !== 0) loss += y[k] * (logSumExp - z[k]);
    return loss;
  },
  pairedGradient(a, y, dz, offset, n) {
    let total = 0;
    for (let k = offset; k < offset + n; k++) total += y[k];
    for (let k = offset; k < offset + n; k++) dz[k] = a[k] * total - y[k];
  },
  pairedGradientLatex: "\\frac{\\partial L}{\\partial z_k} = a_k - y_k",
  checkOutput(activationName, outputs) {
    if (activationName !== "softmax") throw new Error(messages.ceNeedsSoftmax(activationName, outputs));
  },
  checkTarget(y, sample) {
    for (let k = 0; k < y.length; k++) {
      if (!(y[k] >= 0 && y[k] <= 1)) throw new Error(messages.targetOutOfRange("ce", sample, k, y[k]));
    }
  },
};
