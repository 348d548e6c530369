import { expect, test } from "vitest";
import type { Dataset } from "../../src/data/dataset";
import { standardize } from "../../src/data/standardize";
import { regressionPlane } from "../../src/data/regressionPlane";
import { split } from "../../src/data/split";

const column = (data: Dataset, j: number) => data.x.map((row) => row[j]);
const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;
const std = (v: number[]) => Math.sqrt(mean(v.map((a) => (a - mean(v)) ** 2)));

const table = (x: number[][]): Dataset => ({
  x,
  y: x.map(() => [0]),
  description: { name: "table", title: "A table", task: "regression", features: ["a", "b", "c"], size: x.length, options: {} },
});

test("standardize(data) gives every feature mean ≈ 0 and std ≈ 1, and returns the stats it used", () => {
  const data = regressionPlane({ n: 300 });
  const { data: z, stats } = standardize(data);
  for (const j of [0, 1]) {
    expect(mean(column(z, j))).toBeCloseTo(0, 10);
    expect(std(column(z, j))).toBeCloseTo(1, 10);
    expect(stats.mean[j]).toBeCloseTo(mean(column(data, j)), 10);
    expect(stats.std[j]).toBeCloseTo(std(column(data, j)), 10);
  }
  expect(z.y).toEqual(data.y);
  expect(z.description.options.standardized).toBe(true);
  expect(data.x[0]).not.toEqual(z.x[0]); // the input is not changed in place
});

test("standardize(test, stats) reuses the training statistics", () => {
  const { train, test } = split(regressionPlane({ n: 200 }), 0.8);
  const a = standardize(train);
  const b = standardize(test, a.stats);
  expect(b.stats).toEqual(a.stats);
  b.data.x.forEach((row, i) => {
    row.forEach((v, j) => expect(v).toBeCloseTo((test.x[i][j] - a.stats.mean[j]) / a.stats.std[j], 12));
  });
  expect(mean(column(b.data, 0))).not.toBeCloseTo(0, 10); // the test part's own mean is not used
});

test("standardize(data) centres a constant feature without dividing by zero", () => {
  const { data, stats } = standardize(table([[1, 5, 0], [2, 5, 0], [3, 5, 0]]));
  expect(stats.std).toEqual([Math.sqrt(2 / 3), 0, 0]);
  for (const row of data.x) {
    expect(row[1]).toBe(0);
    expect(row[2]).toBe(0);
    for (const v of row) expect(Number.isFinite(v)).toBe(true);
  }
});

test("standardize(data).data.truth takes standardized inputs", () => {
  const raw = regressionPlane({ n: 100, weights: [0.3, -0.2], bias: 1 });
  const { data } = standardize(raw);
  raw.x.slice(0, 5).forEach((row, i) => expect(data.truth?.(data.x[i])[0]).toBeCloseTo(raw.truth?.(row)[0] ?? NaN, 10));
});

test("standardize(data, stats) rejects bad arguments with clear messages", () => {
  const data = table([[1, 2, 3], [4, 5, 6]]);
  expect(() => standardize(data, { mean: [0, 0], std: [1, 1] })).toThrow(
    "standardize(data, stats): stats must have a mean and a std for each of the 3 features, got 2 means and 2 stds",
  );
  expect(() => standardize(data, { mean: [0, 0, 0], std: [1, -1, 1] })).toThrow(
    "standardize(data, stats): stats.std[1] must be a finite number ≥ 0, got -1",
  );
  expect(() => standardize(table([[1, 2, 3], [4, 5]]))).toThrow(
    "standardize(data): every input row must have 3 features, but row 1 has 2",
  );
  expect(() => standardize(table([]))).toThrow("standardize(data): data has no samples to compute a mean and std from");
  expect(() => standardize({ ...data, y: [] })).toThrow("standardize(data): data has 2 input rows but 0 target rows");
});
