import type { Dataset } from "./dataset";
import { checkDataset } from "./validate";
import { messages } from "./messages";

/** The per-feature mean and standard deviation used by {@link standardize}. */
export interface StandardizeStats {
  readonly mean: readonly number[];
  /** The (population) standard deviation of each feature; 0 for a constant feature. */
  readonly std: readonly number[];
}

/** Standardized data and the statistics that were used. */
export interface Standardized {
  readonly data: Dataset;
  readonly stats: StandardizeStats;
}

/**
 * Rescales each input feature to mean 0 and standard deviation 1:
 * x' = (x − mean) / std. Without `stats` the mean and std are computed from
 * `data` (do this on the training part); pass the returned `stats` to
 * standardize the test part in the same way, so no information from the test
 * part leaks into training. A constant feature (std 0, such as an always-blank
 * pixel) is only centred, not divided. Targets are unchanged; `truth`, if any,
 * is rewritten to take standardized inputs.
 *
 * @example
 *   const { train, test } = split(regressionPlane(), 0.8);
 *   const a = standardize(train);             // a.stats.mean, a.stats.std
 *   const b = standardize(test, a.stats);     // same rescaling as the training part
 */
export function standardize(data: Dataset, stats?: StandardizeStats): Standardized {
  checkDataset("standardize", data);
  const n = data.x.length;
  const d = n > 0 ? data.x[0].length : stats ? stats.mean.length : 0;
  for (let i = 0; i < n; i++) {
    if (data.x[i].length !== d) {
      throw new Error(messages.featureCount(d, i, data.x[i].length));
    }
  }
  let used: StandardizeStats;
  if (stats === undefined) {
    if (n === 0) throw new Error(messages.noSamples());
    const mean = new Array<number>(d).fill(0);
    const variance = new Array<number>(d).fill(0);
    for (const row of data.x) for (let j = 0; j < d; j++) mean[j] += row[j] / n;
    for (const row of data.x) for (let j = 0; j < d; j++) variance[j] += (row[j] - mean[j]) ** 2 / n;
    used = { mean, std: variance.map((v) => Math.sqrt(v)) };
  } else {
    if (!Array.isArray(stats.mean) || !Array.isArray(stats.std) || stats.mean.length !== d || stats.std.length !== d) {
      throw new Error(messages.statsShape(d, Array.isArray(stats.mean) ? stats.mean.length : undefined, Array.isArray(stats.std) ? stats.std.length : undefined));
    }
    stats.std.forEach((s, j) => {
      if (!(s >= 0) || !Number.isFinite(s)) {
        throw new Error(messages.argument("standardize(data, stats)", `stats.std[${j}]`, "a finite number ≥ 0", s));
      }
    });
    used = { mean: [...stats.mean], std: [...stats.std] };
  }
  const scale = used.std.map((s) => (s > 1e-12 ? s : 1));
  const x = data.x.map((row) => row.map((v, j) => (v - used.mean[j]) / scale[j]));
  const truth = data.truth;
  return {
    data: {
      x,
      y: data.y,
      description: { ...data.description, options: { ...data.description.options, standardized: true } },
      ...(truth ? { truth: (z: number[]) => truth(z.map((v, j) => v * scale[j] + used.mean[j])) } : {}),
    },
    stats: used,
  };
}
