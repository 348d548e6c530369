import type { Activation } from "./activation";

/** σ(z) = 1 / (1 + e^(−z)), written so that large |z| never overflows. */
export function sigmoidOf(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * The logistic sigmoid: squashes any z into (0, 1). Its derivative is σ(z)(1 − σ(z)),
 * at most 1/4 (at z = 0) and nearly 0 for large |z| — the vanishing gradient.
 *
 * @example
 *   sigmoid.f(0);        // 0.5
 *   sigmoid.df(0, 0.5);  // 0.25
 */
export const sigmoid: Activation = {
  name: "sigmoid",
  latex: "\\sigma(z) = \\frac{1}{1 + e^{-z}}",
  derivativeLatex: "\\sigma'(z) = \\sigma(z)\\,\\bigl(1 - \\sigma(z)\\bigr)",
  symbol: { tex: "\\sigma", text: "σ" },
  range: [0, 1],
  vega: "1 / (1 + exp(-datum.z))",
  vector: false,
  f: sigmoidOf,
  df: (_z, a) => a * (1 - a),
  forward(z, a, offset, n) {
    for (let k = offset; k < offset + n; k++) a[k] = sigmoidOf(z[k]);
  },
  backward(_z, a, da, dz, offset, n) {
    for (let k = offset; k < offset + n; k++) dz[k] = da[k] * a[k] * (1 - a[k]);
  },
};
