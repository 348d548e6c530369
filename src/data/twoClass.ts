import type { Random } from "../core/random";
import { boolean, checkOptions, finiteNumber, nonNegative, positiveInteger } from "./validate";

/**
 * Shared pieces of the two-class playground sets (circle, xor, gaussians,
 * spiral, moons): their options, the target row of a class, and shuffling the
 * rows so that the classes are mixed.
 *
 * @example
 *   twoClassTarget(1, false); // [1]
 *   twoClassTarget(1, true);  // [0, 1]
 */
export interface TwoClassOptions {
  /** Number of samples (default 200); the two classes get n/2 each (the first class one more when n is odd). */
  n?: number;
  /** How noisy the points are (≥ 0); its meaning and default are given by each set. */
  noise?: number;
  /** Seed of the random generator (default 1): the same seed gives the same data. */
  seed?: number;
  /** Targets as one-hot rows [1, 0] / [0, 1] (for a softmax output) instead of [0] / [1] (default false). */
  oneHot?: boolean;
}

export interface ResolvedTwoClassOptions {
  readonly n: number;
  readonly noise: number;
  readonly seed: number;
  readonly oneHot: boolean;
}

export const twoClassKeys = ["n", "noise", "seed", "oneHot"] as const;

/** Validates the options of a two-class set and fills in the defaults. */
export function readTwoClassOptions(
  fn: string,
  options: TwoClassOptions | undefined,
  defaultNoise: number,
  extraKeys: readonly string[] = [],
): ResolvedTwoClassOptions {
  checkOptions(fn, options, [...twoClassKeys, ...extraKeys]);
  const o = options ?? {};
  return {
    n: positiveInteger(fn, "n", o.n ?? 200),
    noise: nonNegative(fn, "noise", o.noise ?? defaultNoise),
    seed: finiteNumber(fn, "seed", o.seed ?? 1),
    oneHot: boolean(fn, "oneHot", o.oneHot ?? false),
  };
}

/** The target row of class 0 or 1: [label], or one-hot [1, 0] / [0, 1]. */
export function twoClassTarget(label: 0 | 1, oneHot: boolean): number[] {
  if (!oneHot) return [label];
  return label === 0 ? [1, 0] : [0, 1];
}

/** The class of sample i when the first ceil(n/2) samples are class 0 and the rest class 1. */
export function halfLabel(i: number, n: number): 0 | 1 {
  return i < Math.ceil(n / 2) ? 0 : 1;
}

/** Shuffles the rows of x and y together (the same permutation), in place. */
export function shuffleRows(x: number[][], y: number[][], rng: Random): void {
  for (let i = x.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tx = x[i];
    x[i] = x[j];
    x[j] = tx;
    const ty = y[i];
    y[i] = y[j];
    y[j] = ty;
  }
}
