/**
 * Every message the data sets show a learner, in one place. Options use the
 * one vocabulary of core/options (`circle({ n }): n must be …, got …`);
 * positional arguments say the call, the argument and what came.
 */
import { show } from "../core/messages";

export const messages = {
  /** `fn(args): name must be <expected>, got <value>`. */
  argument: (call: string, name: string, expected: string, value: unknown) => `${call}: ${name} must be ${expected}, got ${String(value)}`,
  notDataset: (fn: string, data: unknown) => `${fn}(data): data must be a data set { x, y, description }, got ${String(data)}`,
  rowCounts: (fn: string, inputs: number, targets: number) => `${fn}(data): data has ${inputs} input rows but ${targets} target rows`,
  curveNotFinite: (fn: string, x: number, value: unknown) => `${fn}({ fn }): fn must return a finite number, but fn(${x}) returned ${show(value)}`,
  featureCount: (d: number, row: number, got: number) =>
    `standardize(data): every input row must have ${d} features, but row ${row} has ${got}`,
  noSamples: () => `standardize(data): data has no samples to compute a mean and std from`,
  statsShape: (d: number, means: number | undefined, stds: number | undefined) =>
    `standardize(data, stats): stats must have a mean and a std for each of the ${d} features, ` +
    `got ${means ?? "no"} means and ${stds ?? "no"} stds`,
  emptyPart: (fraction: number, n: number, trainSize: number) =>
    `split(data, fraction): a fraction of ${fraction} of ${n} sample${n === 1 ? "" : "s"} leaves the ` +
    `${trainSize === 0 ? "training" : "test"} part empty; use more samples or a fraction nearer 0.5`,
} as const;
