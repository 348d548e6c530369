import type { Dataset } from "./dataset";
import { random } from "../core/random";
import { checkOptions, optionError, finiteNumber, nonNegative, positiveInteger } from "./validate";
import { messages } from "./messages";

/** The named curves of {@link curve1d}. */
export const curves = {
  /** sin(x): on the default [-3, 3] almost one full wave, between -1 and 1. */
  sine: (x: number): number => Math.sin(x),
  /** 0.1·x³ − 0.5·x: an S-shaped cubic, between about -1.2 and 1.2 on [-3, 3]. */
  cubic: (x: number): number => 0.1 * x * x * x - 0.5 * x,
} as const;

export type CurveName = keyof typeof curves;

/** Options of {@link curve1d}. */
export interface Curve1dOptions {
  /** Number of samples (default 20: few enough that a big network overfits them). */
  n?: number;
  /** Standard deviation of the normal noise added to y (default 0.2). */
  noise?: number;
  /** The curve: "sine" (default), "cubic", or your own function of x. */
  fn?: CurveName | ((x: number) => number);
  /** The interval [a, b] that x is drawn from (default [-3, 3]). */
  xRange?: readonly [number, number];
  /** Seed of the random generator (default 1). */
  seed?: number;
}

/**
 * A noisy curve in one dimension, for seeing underfitting and overfitting: x
 * uniform in `xRange` (rows sorted by x, so a plot can join them), and
 * y = fn(x) plus normal noise with standard deviation `noise`. `truth` gives the
 * noise-free fn(x). The default (sin x on [-3, 3], 20 points, noise 0.2) is
 * the classic picture: a straight line underfits, a small network fits the wave,
 * and a large network trained long threads through every noisy point.
 *
 * @example
 *   const data = curve1d({ n: 30, fn: "cubic", seed: 4 });
 *   data.x[0];            // [-2.93…] (one input)
 *   data.truth?.([1]);    // [-0.4]
 *   curve1d({ fn: (x) => Math.abs(x), xRange: [-1, 1] });
 */
export function curve1d(options: Curve1dOptions = {}): Dataset {
  const name = "curve1d";
  checkOptions(name, options, ["n", "noise", "fn", "xRange", "seed"]);
  const n = positiveInteger(name, "n", options.n ?? 20);
  const noise = nonNegative(name, "noise", options.noise ?? 0.2);
  const seed = finiteNumber(name, "seed", options.seed ?? 1);
  const fnOption: unknown = options.fn ?? "sine";
  let f: (x: number) => number;
  if (typeof fnOption === "function") {
    f = fnOption as (x: number) => number;
  } else if (fnOption === "sine" || fnOption === "cubic") {
    f = curves[fnOption];
  } else {
    optionError(name, "fn", `"sine", "cubic" or a function of x`, fnOption);
  }
  const range: unknown = options.xRange ?? [-3, 3];
  if (
    !Array.isArray(range) ||
    range.length !== 2 ||
    !range.every((v: unknown) => typeof v === "number" && Number.isFinite(v)) ||
    !((range[0] as number) < (range[1] as number))
  ) {
    optionError(name, "xRange", "two finite numbers [a, b] with a < b", range);
  }
  const [a, b] = range as [number, number];

  const rng = random(seed);
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push(rng.uniform(a, b));
  xs.sort((p, q) => p - q);
  const x: number[][] = [];
  const y: number[][] = [];
  for (const v of xs) {
    const fv = f(v);
    if (typeof fv !== "number" || !Number.isFinite(fv)) {
      throw new Error(messages.curveNotFinite(name, v, fv));
    }
    x.push([v]);
    y.push([fv + rng.normal(0, noise)]);
  }
  const fnName = typeof fnOption === "string" ? fnOption : "custom";
  return {
    x,
    y,
    truth: (p: number[]) => [f(p[0])],
    description: {
      name: "curve1d",
      title: `Regression in one dimension: noisy points around the curve y = ${
        fnName === "sine" ? "sin(x)" : fnName === "cubic" ? "0.1·x³ − 0.5·x" : "f(x)"
      } for x from ${a} to ${b}.`,
      task: "regression",
      features: ["x"],
      size: n,
      options: { n, noise, fn: fnName, xRange: [a, b], seed },
    },
  };
}
