import type { Dataset } from "./dataset";
import { random } from "../core/random";
import { checkOptions, optionError, finiteNumber, nonNegative, positiveInteger } from "./validate";

/** Options of {@link regressionPlane}. */
export interface RegressionPlaneOptions {
  /** Number of samples (default 200). */
  n?: number;
  /** Standard deviation of the normal noise added to y (default 0.1). */
  noise?: number;
  /** Seed of the random generator (default 1). */
  seed?: number;
  /** The weights [w1, w2] of the plane (default [0.1, 0.1], as in the playground). */
  weights?: readonly [number, number];
  /** The bias b of the plane (default 0). */
  bias?: number;
}

/**
 * Regression as in TensorFlow Playground's "Plane": x1 and x2 uniform in [-6, 6]
 * and y = w1·x1 + w2·x2 + b plus normal noise with standard deviation `noise`.
 * With the default weights (0.1, 0.1) y lies roughly in [-1.2, 1.2]. `truth`
 * gives the noise-free plane, so a learner can compare the fit with it. A
 * single linear neuron can learn it exactly.
 *
 * @example
 *   const data = regressionPlane({ n: 100, noise: 0.05, weights: [0.2, -0.1], bias: 0.5 });
 *   data.truth?.([1, 2]); // [0.5]
 */
export function regressionPlane(options: RegressionPlaneOptions = {}): Dataset {
  const fn = "regressionPlane";
  checkOptions(fn, options, ["n", "noise", "seed", "weights", "bias"]);
  const n = positiveInteger(fn, "n", options.n ?? 200);
  const noise = nonNegative(fn, "noise", options.noise ?? 0.1);
  const seed = finiteNumber(fn, "seed", options.seed ?? 1);
  const weights: unknown = options.weights ?? [0.1, 0.1];
  if (
    !Array.isArray(weights) ||
    weights.length !== 2 ||
    !weights.every((w: unknown) => typeof w === "number" && Number.isFinite(w))
  ) {
    optionError(fn, "weights", "two finite numbers [w1, w2]", weights);
  }
  const [w1, w2] = weights as [number, number];
  const bias = finiteNumber(fn, "bias", options.bias ?? 0);
  const plane = (p: readonly number[]): number => w1 * p[0] + w2 * p[1] + bias;

  const rng = random(seed);
  const x: number[][] = [];
  const y: number[][] = [];
  for (let i = 0; i < n; i++) {
    const p = [rng.uniform(-6, 6), rng.uniform(-6, 6)];
    x.push(p);
    y.push([plane(p) + rng.normal(0, noise)]);
  }
  return {
    x,
    y,
    truth: (p: number[]) => [plane(p)],
    description: {
      name: "regressionPlane",
      title: `Regression: y is a tilted plane over (x1, x2), y = ${equation(w1, w2, bias)}, plus noise.`,
      task: "regression",
      features: ["x1", "x2"],
      size: n,
      options: { n, noise, seed, weights: [w1, w2], bias },
    },
  };
}

/** "0.1·x1 − 0.2·x2 + 0.5", leaving out a zero bias. */
function equation(w1: number, w2: number, bias: number): string {
  const term = (v: number, text: string) => `${v < 0 ? "−" : "+"} ${Math.abs(v)}${text}`;
  return `${w1}·x1 ${term(w2, "·x2")}${bias === 0 ? "" : ` ${term(bias, "")}`}`;
}
