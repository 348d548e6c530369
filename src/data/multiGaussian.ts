import type { Dataset } from "./dataset";
import { random } from "../core/random";
import { oneHot } from "./oneHot";
import { shuffleRows } from "./twoClass";
import { checkOptions, optionError, finiteNumber, integerAtLeast, nonNegative, positiveInteger } from "./validate";

/** Options of {@link multiGaussian}. */
export interface MultiGaussianOptions {
  /** Number of samples (default 200), shared out evenly over the classes (at least one per class). */
  n?: number;
  /** Number of blobs, one class each (default 3, at least 2). */
  k?: number;
  /** Standard deviation of each blob (default 1). */
  noise?: number;
  /** Seed of the random generator (default 1). */
  seed?: number;
}

/**
 * k classes: k round normal blobs whose centres are evenly spaced on a circle of
 * radius 4 around the origin (blob j at angle 2πj/k, so blob 0 is at (4, 0)),
 * each with standard deviation `noise`. Targets are one-hot rows of length k
 * (for a softmax output); the classes are named "0", "1", …. Class sizes
 * differ by at most one.
 *
 * @example
 *   const data = multiGaussian({ n: 300, k: 4, seed: 2 });
 *   data.y[0]; // e.g. [0, 0, 1, 0]
 */
export function multiGaussian(options: MultiGaussianOptions = {}): Dataset {
  const fn = "multiGaussian";
  checkOptions(fn, options, ["n", "k", "noise", "seed"]);
  const n = positiveInteger(fn, "n", options.n ?? 200);
  const k = integerAtLeast(fn, "k", options.k ?? 3, 2);
  if (n < k) optionError(fn, "n", `at least k = ${k} so that every class has a sample`, n);
  const noise = nonNegative(fn, "noise", options.noise ?? 1);
  const seed = finiteNumber(fn, "seed", options.seed ?? 1);

  const rng = random(seed);
  const labels: number[] = [];
  const x: number[][] = [];
  for (let i = 0; i < n; i++) {
    const label = i % k;
    const angle = (2 * Math.PI * label) / k;
    labels.push(label);
    x.push([rng.normal(4 * Math.cos(angle), noise), rng.normal(4 * Math.sin(angle), noise)]);
  }
  const y = oneHot(labels, k);
  shuffleRows(x, y, rng);
  return {
    x,
    y,
    description: {
      name: "multiGaussian",
      title: `${k} classes: ${k} round clouds of points placed evenly on a circle around the origin.`,
      task: "classification",
      features: ["x1", "x2"],
      classes: Array.from({ length: k }, (_, j) => String(j)),
      size: n,
      options: { n, k, noise, seed },
    },
  };
}
