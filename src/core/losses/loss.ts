import type { Activation } from "../activations/activation";

/**
 * What every loss provides: its value and its gradient dL/da for one sample,
 * over the output row `[offset, offset + n)` of typed arrays, and its formula.
 *
 * A loss may be *paired* with an output activation (binary cross-entropy with
 * sigmoid, softmax cross-entropy with softmax). Then the engine skips the
 * separate da and f'(z) and uses the combined, numerically stable dL/dz = a − y
 * (scaled), and computes the loss from z without taking log of a rounded a.
 */
export interface Loss {
  /** The name used in options, e.g. "mse". */
  readonly name: string;
  /** Words for a learner, e.g. "mean squared error". */
  readonly title: string;
  /** The formula for one sample as LaTeX, with a (output) and y (target). */
  readonly latex: string;
  /** dL/da as LaTeX. */
  readonly gradientLatex: string;
  /** L for one sample. */
  value(a: Float64Array, y: Float64Array, offset: number, n: number): number;
  /** da[k] = ∂L/∂a_k for one sample. */
  gradient(a: Float64Array, y: Float64Array, da: Float64Array, offset: number, n: number): void;
  /** The output activation this loss fuses with, if any. */
  readonly pairedActivation?: string;
  /** L for one sample computed from z (paired activation only). */
  pairedValue?(z: Float64Array, y: Float64Array, offset: number, n: number): number;
  /** dz[k] = ∂L/∂z_k for one sample (paired activation only), e.g. a − y. */
  pairedGradient?(a: Float64Array, y: Float64Array, dz: Float64Array, offset: number, n: number): void;
  /** The combined dL/dz as LaTeX (paired activation only). */
  readonly pairedGradientLatex?: string;
  /**
   * Throws if this loss cannot be used with the given output activation
   * (e.g. binary cross-entropy after softmax).
   */
  checkOutput?(activationName: string, outputs: number, activation?: Activation): void;
  /** Throws if a target row is outside what this loss accepts (e.g. y ∉ [0, 1] for cross-entropy). */
  checkTarget?(y: ArrayLike<number>, sample: number): void;
}
