import type { Dataset } from "./dataset";
import { random } from "../core/random";
import { halfLabel, readTwoClassOptions, shuffleRows, twoClassTarget, type TwoClassOptions } from "./twoClass";

/**
 * Options of {@link gaussians}. `noise` is the standard deviation of each blob
 * (default 1; the larger, the more the blobs overlap).
 */
export type GaussiansOptions = TwoClassOptions;

/**
 * Two classes as in TensorFlow Playground's "Gaussian": two round normal blobs,
 * class 1 centred at (2, 2) and class 0 at (-2, -2), each with standard deviation
 * `noise` in both directions. Inputs lie roughly in [-6, 6]. A straight line
 * separates them well: a single neuron suffices.
 *
 * @example
 *   const data = gaussians({ n: 100, noise: 1.5, seed: 3 });
 *   data.y.filter((row) => row[0] === 1).length; // 50
 */
export function gaussians(options: GaussiansOptions = {}): Dataset {
  const { n, noise, seed, oneHot } = readTwoClassOptions("gaussians", options, 1);
  const rng = random(seed);
  const x: number[][] = [];
  const y: number[][] = [];
  for (let i = 0; i < n; i++) {
    const label = halfLabel(i, n);
    const c = label === 1 ? 2 : -2;
    x.push([rng.normal(c, noise), rng.normal(c, noise)]);
    y.push(twoClassTarget(label, oneHot));
  }
  shuffleRows(x, y, rng);
  return {
    x,
    y,
    description: {
      name: "gaussians",
      title: "Two classes: two round clouds of points, one around (-2, -2) and one around (2, 2).",
      task: "classification",
      features: ["x1", "x2"],
      classes: ["blob at (-2, -2)", "blob at (2, 2)"],
      size: n,
      options: { n, noise, seed, oneHot },
    },
  };
}
