/**
 * What every activation function provides: its formula (to compute and to show),
 * its derivative, and fast loops over a row of a layer. Everything a chart, an
 * explanation or a loss needs to know about an activation is read from here.
 *
 * A row is `n` consecutive neurons starting at `offset` in the typed arrays: one
 * sample's slice of a layer in a batch.
 */
export interface Activation {
  /** The name used in options and tables, e.g. "tanh". */
  readonly name: string;
  /** The formula as LaTeX, written with z, e.g. `\tanh(z)`. */
  readonly latex: string;
  /** The derivative as LaTeX, e.g. `1 - \tanh^2(z)`. */
  readonly derivativeLatex: string;
  /** The function's symbol as formulas write it, in LaTeX and in plain text, e.g. `\sigma` and σ. */
  readonly symbol: { readonly tex: string; readonly text: string };
  /** The interval a = f(z) stays in, e.g. [0, 1] (±Infinity where unbounded; undefined when not known). */
  readonly range?: readonly [number, number];
  /** f as a Vega expression of `datum.z`, so a chart can compute a = f(z) in the browser (undefined for softmax). */
  readonly vega?: string;
  /** True when each output depends on every z of the layer (softmax); such an activation only fits the output layer. */
  readonly vector: boolean;
  /** f(z) for one neuron. For a vector activation this is undefined: use `forward`. */
  f(z: number): number;
  /** The local derivative da/dz of one neuron, given its z and a = f(z). For softmax, the diagonal ∂a_j/∂z_j. */
  df(z: number, a: number): number;
  /** a[offset + k] = f(z[offset + k]) for k in [0, n). */
  forward(z: Float64Array, a: Float64Array, offset: number, n: number): void;
  /**
   * dz = da ⊙ f'(z) over one row (for softmax: the Jacobian-vector product
   * dz_k = a_k (da_k − Σ_m da_m a_m)).
   */
  backward(z: Float64Array, a: Float64Array, da: Float64Array, dz: Float64Array, offset: number, n: number): void;
}
