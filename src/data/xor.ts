import type { Dataset } from "./dataset";
import { random } from "../core/random";
import { halfLabel, readTwoClassOptions, shuffleRows, twoClassTarget, type TwoClassOptions } from "./twoClass";

/**
 * Options of {@link xor}. `noise` is the standard deviation of a normal jitter
 * added to each coordinate (default 0.25).
 */
export type XorOptions = TwoClassOptions;

/**
 * Two classes as in TensorFlow Playground's "Exclusive or": points in the four
 * quadrants, class 1 ("same sign") where x1 and x2 have the same sign (x1·x2 > 0),
 * class 0 ("opposite signs") where they differ. Each coordinate is 0.3 to 5.3
 * away from 0 (a small gap around the axes, as in the playground), then moved by
 * normal noise with standard deviation `noise`. With noise 0 the class is exactly
 * "x1·x2 > 0". The classic problem a single neuron cannot solve.
 *
 * @example
 *   const data = xor({ n: 200, seed: 1 });
 *   data.description.classes; // ["opposite signs", "same sign"]
 */
export function xor(options: XorOptions = {}): Dataset {
  const { n, noise, seed, oneHot } = readTwoClassOptions("xor", options, 0.25);
  const rng = random(seed);
  const x: number[][] = [];
  const y: number[][] = [];
  for (let i = 0; i < n; i++) {
    const label = halfLabel(i, n);
    const s1 = rng.next() < 0.5 ? -1 : 1;
    const s2 = label === 1 ? s1 : -s1;
    const a = s1 * (0.3 + rng.uniform(0, 5));
    const b = s2 * (0.3 + rng.uniform(0, 5));
    x.push([a + rng.normal(0, noise), b + rng.normal(0, noise)]);
    y.push(twoClassTarget(label, oneHot));
  }
  shuffleRows(x, y, rng);
  return {
    x,
    y,
    description: {
      name: "xor",
      title: "Two classes: points where x1 and x2 have the same sign versus points where the signs differ (exclusive or).",
      task: "classification",
      features: ["x1", "x2"],
      classes: ["opposite signs", "same sign"],
      size: n,
      options: { n, noise, seed, oneHot },
    },
  };
}
