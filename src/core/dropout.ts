import { messages } from "./messages";
import type { Random } from "./random";

/** A dropout setting: one rate for every hidden layer, or one per hidden layer. */
export type DropoutLike = number | readonly number[];

/**
 * Turns a dropout setting into one rate per layer with weights (the output
 * layer never drops). Each rate p is the probability of dropping a neuron;
 * kept activations are scaled by 1/(1 − p) (inverted dropout), so evaluation
 * needs no rescaling.
 *
 * @example
 *   dropoutRates(0.5, 3);         // [0.5, 0.5, 0]   (two hidden layers + output)
 *   dropoutRates([0.2, 0.5], 3);  // [0.2, 0.5, 0]
 */
export function dropoutRates(spec: DropoutLike | undefined, layers: number): number[] {
  const hidden = layers - 1;
  const rates = new Array<number>(layers).fill(0);
  if (spec === undefined) return rates;
  if (typeof spec === "number") {
    checkRate(spec);
    rates.fill(spec, 0, hidden);
    return rates;
  }
  if (!Array.isArray(spec) || spec.length !== hidden) {
    throw new Error(messages.dropoutRates(hidden, Array.isArray(spec) ? spec.length : NaN));
  }
  spec.forEach((p, l) => {
    checkRate(p, l);
    rates[l] = p;
  });
  return rates;
}

function checkRate(p: unknown, layer?: number): void {
  if (typeof p !== "number" || !(p >= 0 && p < 1)) throw new Error(messages.dropoutRate(p, layer));
}

/** Dropout for a training pass: a rate per layer (0 for none, always 0 for the output) and the generator for masks. */
export interface Dropout {
  readonly rates: readonly number[];
  readonly rng: Random;
}

/**
 * Inverted dropout over n activations: mask_k = 0 with probability p, else
 * 1/(1 − p), and out = a ⊙ mask. With rate 0 (or no generator) every mask is 1.
 */
export function applyDropout(a: Float64Array, out: Float64Array, mask: Float64Array, rate: number, n: number, rng?: Random): void {
  if (rate === 0 || rng === undefined) {
    mask.fill(1, 0, n);
    out.set(a.subarray(0, n));
    return;
  }
  const scale = 1 / (1 - rate);
  for (let k = 0; k < n; k++) {
    const m = rng.next() < rate ? 0 : scale;
    mask[k] = m;
    out[k] = a[k] * m;
  }
}
