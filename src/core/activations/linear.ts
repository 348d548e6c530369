import type { Activation } from "./activation";

/**
 * The identity: a = z. The usual output activation for regression.
 *
 * @example
 *   linear.f(1.5);  // 1.5
 */
export const linear: Activation = {
  name: "linear",
  latex: "f(z) = z",
  derivativeLatex: "f'(z) = 1",
  symbol: { tex: "f", text: "f" },
  range: [-Infinity, Infinity],
  vega: "datum.z",
  vector: false,
  f: (z) => z,
  df: () => 1,
  forward(z, a, offset, n) {
    for (let k = offset; k < offset + n; k++) a[k] = z[k];
  },
  backward(_z, _a, da, dz, offset, n) {
    for (let k = offset; k < offset + n; k++) dz[k] = da[k];
  },
};
