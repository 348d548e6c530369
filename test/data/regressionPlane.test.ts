import { expect, test } from "vitest";
import { regressionPlane, type RegressionPlaneOptions } from "../../src/data/regressionPlane";

test("regressionPlane({ n, seed }) is deterministic for a seed", () => {
  expect(regressionPlane({ n: 40, seed: 2 }).x).toEqual(regressionPlane({ n: 40, seed: 2 }).x);
  expect(regressionPlane({ n: 40, seed: 2 }).y).toEqual(regressionPlane({ n: 40, seed: 2 }).y);
  expect(regressionPlane({ n: 40, seed: 2 }).x).not.toEqual(regressionPlane({ n: 40, seed: 3 }).x);
});

test("regressionPlane() uses n = 200, noise = 0.1, weights [0.1, 0.1], bias 0, inputs in [-6, 6]", () => {
  const data = regressionPlane();
  expect(data.x).toHaveLength(200);
  expect(data.y).toHaveLength(200);
  expect(data.description.options).toEqual({ n: 200, noise: 0.1, seed: 1, weights: [0.1, 0.1], bias: 0 });
  expect(data.description.task).toBe("regression");
  expect(data.description.title).toContain("y = 0.1·x1 + 0.1·x2,");
  for (const row of data.x) {
    expect(row).toHaveLength(2);
    for (const v of row) expect(Math.abs(v)).toBeLessThanOrEqual(6);
  }
  for (const row of data.y) expect(row).toHaveLength(1);
});

test("regressionPlane({ weights, bias }).truth is the noise-free plane", () => {
  const data = regressionPlane({ weights: [0.2, -0.1], bias: 0.5 });
  expect(data.truth?.([1, 2])[0]).toBeCloseTo(0.5, 12);
  expect(data.truth?.([3, -4])[0]).toBeCloseTo(1.5, 12);
  expect(data.description.title).toContain("y = 0.2·x1 − 0.1·x2 + 0.5");
});

test("regressionPlane({ noise: 0 }) lies exactly on the plane", () => {
  const data = regressionPlane({ n: 50, noise: 0, weights: [1, 2], bias: -3 });
  data.x.forEach((row, i) => expect(data.y[i][0]).toBeCloseTo(row[0] + 2 * row[1] - 3, 12));
});

test("regressionPlane({ n, noise }): the residuals y − truth have standard deviation noise", () => {
  const data = regressionPlane({ n: 20000, noise: 0.3 });
  const residuals = data.x.map((row, i) => data.y[i][0] - (data.truth?.(row)[0] ?? NaN));
  const mean = residuals.reduce((s, v) => s + v, 0) / residuals.length;
  const std = Math.sqrt(residuals.reduce((s, v) => s + (v - mean) ** 2, 0) / residuals.length);
  expect(Math.abs(mean)).toBeLessThan(0.01);
  expect(std).toBeGreaterThan(0.29);
  expect(std).toBeLessThan(0.31);
});

test("regressionPlane({ n, noise, seed, weights, bias }) rejects bad arguments with clear messages", () => {
  expect(() => regressionPlane({ n: -3 })).toThrow("regressionPlane({ n }): n must be a positive integer, got -3");
  expect(() => regressionPlane({ noise: -1 })).toThrow("regressionPlane({ noise }): noise must be ≥ 0, got -1");
  expect(() => regressionPlane({ seed: Infinity })).toThrow(
    "regressionPlane({ seed }): seed must be a finite number, got Infinity",
  );
  expect(() => regressionPlane({ weights: [1] as unknown as [number, number] })).toThrow(
    "regressionPlane({ weights }): weights must be two finite numbers [w1, w2], got [1]",
  );
  expect(() => regressionPlane({ weights: [1, NaN] })).toThrow(
    "regressionPlane({ weights }): weights must be two finite numbers [w1, w2], got [1, NaN]",
  );
  expect(() => regressionPlane({ bias: NaN })).toThrow("regressionPlane({ bias }): bias must be a finite number, got NaN");
  expect(() => regressionPlane({ slope: 1 } as unknown as RegressionPlaneOptions)).toThrow(
    'regressionPlane({ slope }): unknown option "slope"; the options are n, noise, seed, weights, bias',
  );
});
