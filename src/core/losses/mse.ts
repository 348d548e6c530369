import type { Loss } from "./loss";

/**
 * Mean squared error over the n outputs of one sample:
 * L = (1/n) Σ_k (a_k − y_k)², so ∂L/∂a_k = 2 (a_k − y_k) / n.
 *
 * @example
 *   mse.value(Float64Array.of(0.8), Float64Array.of(1), 0, 1);  // 0.04
 */
export const mse: Loss = {
  name: "mse",
  title: "mean squared error",
  latex: "L = \\frac{1}{n} \\sum_{k=1}^{n} (a_k - y_k)^2",
  gradientLatex: "\\frac{\\partial L}{\\partial a_k} = \\frac{2}{n} (a_k - y_k)",
  value(a, y, offset, n) {
    let sum = 0;
    for (let k = offset; k < offset + n; k++) {
      const d = a[k] - y[k];
      sum += d * d;
    }
    return sum / n;
  },
  gradient(a, y, da, offset, n) {
    const scale = 2 / n;
    for (let k = offset; k < offset + n; k++) da[k] = scale * (a[k] - y[k]);
  },
};
