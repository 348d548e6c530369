import type { Activation } from "./activation";

/**
 * The hyperbolic tangent: squashes z into (−1, 1), centred on 0.
 * Its derivative is 1 − tanh²(z), which is 1 at z = 0.
 *
 * @example
 *   tanh.f(0);       // 0
 *   tanh.df(0, 0);   // 1
 */
export const tanh: Activation = {
  name: "tanh",
  latex: "\\tanh(z) = \\frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}",
  derivativeLatex: "\\tanh'(z) = 1 - \\tanh^2(z)",
  symbol: { tex: "\\tanh", text: "tanh" },
  range: [-1, 1],
  // Vega has no tanh: e^{2z} written out, with z clamped so e^{2z} cannot overflow.
  vega: "(exp(2 * clamp(datum.z, -20, 20)) - 1) / (exp(2 * clamp(datum.z, -20, 20)) + 1)",
  vector: false,
  f: Math.tanh,
  df: (_z, a) => 1 - a * a,
  forward(z, a, offset, n) {
    for (let k = offset; k < offset + n; k++) a[k] = Math.tanh(z[k]);
  },
  backward(_z, a, da, dz, offset, n) {
    for (let k = offset; k < offset + n; k++) dz[k] = da[k] * (1 - a[k] * a[k]);
  },
};
