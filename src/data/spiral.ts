import type { Dataset } from "./dataset";
import { random } from "../core/random";
import { halfLabel, readTwoClassOptions, shuffleRows, twoClassTarget, type TwoClassOptions } from "./twoClass";

/**
 * Options of {@link spiral}. `noise` is the standard deviation of a normal jitter
 * added to each coordinate (default 0.2; the arms are about 1.4 apart).
 */
export type SpiralOptions = TwoClassOptions;

/**
 * Two classes as in TensorFlow Playground's "Spiral": two interleaved spiral
 * arms turning 1.75 times around the origin. Point k of an arm of m points has
 * radius r = 5k/m and angle t = 0.7π·r (arm "A", class 0) or 0.7π·r + π (arm "B",
 * class 1), at (r·sin t, r·cos t); then each coordinate is moved by normal noise
 * with standard deviation `noise`. Inputs lie roughly in [-6, 6]. The hardest
 * playground set: it needs several hidden layers (or features such as sin x1).
 *
 * @example
 *   const data = spiral({ n: 300, noise: 0.1 });
 *   data.description.classes; // ["arm A", "arm B"]
 */
export function spiral(options: SpiralOptions = {}): Dataset {
  const { n, noise, seed, oneHot } = readTwoClassOptions("spiral", options, 0.2);
  const rng = random(seed);
  const x: number[][] = [];
  const y: number[][] = [];
  const sizes = [Math.ceil(n / 2), Math.floor(n / 2)];
  for (let i = 0; i < n; i++) {
    const label = halfLabel(i, n);
    const m = sizes[label];
    const k = label === 0 ? i : i - sizes[0];
    const r = (5 * k) / m;
    const t = 0.7 * Math.PI * r + (label === 1 ? Math.PI : 0);
    x.push([r * Math.sin(t) + rng.normal(0, noise), r * Math.cos(t) + rng.normal(0, noise)]);
    y.push(twoClassTarget(label, oneHot));
  }
  shuffleRows(x, y, rng);
  return {
    x,
    y,
    description: {
      name: "spiral",
      title: "Two classes: two spiral arms that wind around each other, 1.75 turns from the centre outwards.",
      task: "classification",
      features: ["x1", "x2"],
      classes: ["arm A", "arm B"],
      size: n,
      options: { n, noise, seed, oneHot },
    },
  };
}
