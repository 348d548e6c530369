import type { Activation } from "./activation";

/**
 * The rectified linear unit: max(0, z). Its derivative is 1 for z > 0 and 0 for
 * z ≤ 0 (we take 0 at z = 0, as most libraries do).
 *
 * @example
 *   relu.f(-2);     // 0
 *   relu.f(3);      // 3
 *   relu.df(3, 3);  // 1
 */
export const relu: Activation = {
  name: "relu",
  latex: "\\operatorname{ReLU}(z) = \\max(0, z)",
  derivativeLatex: "\\operatorname{ReLU}'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}",
  symbol: { tex: "\\operatorname{relu}", text: "relu" },
  range: [0, Infinity],
  vega: "max(0, datum.z)",
  vector: false,
  f: (z) => (z > 0 ? z : 0),
  df: (z) => (z > 0 ? 1 : 0),
  forward(z, a, offset, n) {
    for (let k = offset; k < offset + n; k++) a[k] = z[k] > 0 ? z[k] : 0;
  },
  backward(z, _a, da, dz, offset, n) {
    for (let k = offset; k < offset + n; k++) dz[k] = z[k] > 0 ? da[k] : 0;
  },
};
