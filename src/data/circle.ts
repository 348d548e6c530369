import type { Dataset } from "./dataset";
import { random } from "../core/random";
import { halfLabel, readTwoClassOptions, shuffleRows, twoClassTarget, type TwoClassOptions } from "./twoClass";

/**
 * Options of {@link circle}. `noise` is the standard deviation of a normal jitter
 * added to each coordinate (default 0.25).
 */
export type CircleOptions = TwoClassOptions;

/**
 * Two classes as in TensorFlow Playground's "Circle": class 1 ("inside") lies at
 * a distance 0–2.5 from the origin, class 0 ("outside") at 3.5–5, at uniform
 * angles; then each coordinate is moved by normal noise with standard deviation
 * `noise`. Inputs lie roughly in [-6, 6]. With noise 0 the class is exactly
 * "distance from the origin < 3". No straight line separates the classes: a
 * network needs a hidden layer (or the features x1², x2²).
 *
 * @example
 *   const data = circle({ n: 200, noise: 0.25, seed: 1 });
 *   data.x[0]; // e.g. [1.3, -0.8]
 *   data.y[0]; // [1] (inside) or [0] (outside)
 */
export function circle(options: CircleOptions = {}): Dataset {
  const { n, noise, seed, oneHot } = readTwoClassOptions("circle", options, 0.25);
  const rng = random(seed);
  const x: number[][] = [];
  const y: number[][] = [];
  for (let i = 0; i < n; i++) {
    const label = halfLabel(i, n);
    const r = label === 1 ? rng.uniform(0, 2.5) : rng.uniform(3.5, 5);
    const angle = rng.uniform(0, 2 * Math.PI);
    x.push([r * Math.sin(angle) + rng.normal(0, noise), r * Math.cos(angle) + rng.normal(0, noise)]);
    y.push(twoClassTarget(label, oneHot));
  }
  shuffleRows(x, y, rng);
  return {
    x,
    y,
    description: {
      name: "circle",
      title: "Two classes: points inside a circle (radius below 2.5) and points on a ring around it (radius 3.5 to 5).",
      task: "classification",
      features: ["x1", "x2"],
      classes: ["outside", "inside"],
      size: n,
      options: { n, noise, seed, oneHot },
    },
  };
}
