import type { Dataset } from "./dataset";
import { random } from "../core/random";
import { halfLabel, readTwoClassOptions, shuffleRows, twoClassTarget, type TwoClassOptions } from "./twoClass";

/**
 * Options of {@link moons}. `noise` is the standard deviation of a normal jitter
 * added to each coordinate (default 0.3, which is scikit-learn's 0.1 at our scale).
 */
export type MoonsOptions = TwoClassOptions;

/**
 * Two classes: two interleaving half circles, as scikit-learn's `make_moons`
 * scaled by 3 and centred to fit the playground's [-6, 6]. With u = 3·cos t − 1.5
 * and v = 3·sin t for an angle t uniform in [0, π]:
 * class 0 ("upper moon") is (u, v − 0.75) and class 1 ("lower moon") is
 * (−u, 0.75 − v). So the upper moon is the top half of a circle of radius 3
 * around (-1.5, -0.75), and the lower moon the bottom half of one around
 * (1.5, 0.75); each reaches into the other's hollow.
 * Then each coordinate is moved by normal noise with standard deviation `noise`.
 *
 * @example
 *   const data = moons({ n: 200, noise: 0.3, seed: 1 });
 *   data.description.classes; // ["upper moon", "lower moon"]
 */
export function moons(options: MoonsOptions = {}): Dataset {
  const { n, noise, seed, oneHot } = readTwoClassOptions("moons", options, 0.3);
  const rng = random(seed);
  const x: number[][] = [];
  const y: number[][] = [];
  for (let i = 0; i < n; i++) {
    const label = halfLabel(i, n);
    const t = rng.uniform(0, Math.PI);
    const point =
      label === 0
        ? [3 * Math.cos(t) - 1.5, 3 * Math.sin(t) - 0.75]
        : [1.5 - 3 * Math.cos(t), 0.75 - 3 * Math.sin(t)];
    x.push([point[0] + rng.normal(0, noise), point[1] + rng.normal(0, noise)]);
    y.push(twoClassTarget(label, oneHot));
  }
  shuffleRows(x, y, rng);
  return {
    x,
    y,
    description: {
      name: "moons",
      title: "Two classes: two interlocking half circles (moons), one opening downwards and one opening upwards.",
      task: "classification",
      features: ["x1", "x2"],
      classes: ["upper moon", "lower moon"],
      size: n,
      options: { n, noise, seed, oneHot },
    },
  };
}
