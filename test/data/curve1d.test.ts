import { expect, test } from "vitest";
import { curve1d, curves, type Curve1dOptions } from "../../src/data/curve1d";

const stdOf = (values: number[]) => {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
};

test("curve1d({ n, seed }) is deterministic for a seed", () => {
  expect(curve1d({ n: 30, seed: 4 }).y).toEqual(curve1d({ n: 30, seed: 4 }).y);
  expect(curve1d({ n: 30, seed: 4 }).x).toEqual(curve1d({ n: 30, seed: 4 }).x);
  expect(curve1d({ n: 30, seed: 4 }).x).not.toEqual(curve1d({ n: 30, seed: 5 }).x);
});

test("curve1d() is 20 noisy points of sin(x) on [-3, 3] with noise 0.2, sorted by x", () => {
  const data = curve1d();
  expect(data.x).toHaveLength(20);
  expect(data.y).toHaveLength(20);
  expect(data.description.options).toEqual({ n: 20, noise: 0.2, fn: "sine", xRange: [-3, 3], seed: 1 });
  expect(data.description.task).toBe("regression");
  expect(data.description.features).toEqual(["x"]);
  for (let i = 0; i < 20; i++) {
    expect(data.x[i]).toHaveLength(1);
    expect(data.y[i]).toHaveLength(1);
    expect(data.x[i][0]).toBeGreaterThanOrEqual(-3);
    expect(data.x[i][0]).toBeLessThan(3);
    if (i > 0) expect(data.x[i][0]).toBeGreaterThanOrEqual(data.x[i - 1][0]);
  }
  // Spread over the interval, with the wave visible above the noise.
  expect(data.x[0][0]).toBeLessThan(-2);
  expect(data.x[19][0]).toBeGreaterThan(2);
  expect(stdOf(data.y.map((row) => row[0]))).toBeGreaterThan(0.5);
});

test("curve1d({ fn }).truth matches fn: sine, cubic and a custom function", () => {
  for (const v of [-2.5, -1, 0, 0.7, 2]) {
    expect(curve1d({ fn: "sine" }).truth?.([v])).toEqual([Math.sin(v)]);
    expect(curve1d({ fn: "cubic" }).truth?.([v])[0]).toBeCloseTo(0.1 * v ** 3 - 0.5 * v, 12);
    expect(curve1d({ fn: (x) => x * x }).truth?.([v])).toEqual([v * v]);
  }
  expect(curves.cubic(1)).toBeCloseTo(-0.4, 12);
  expect(curve1d({ fn: (x) => x }).description.options.fn).toBe("custom");
});

test("curve1d({ noise: 0 }) lies exactly on the curve", () => {
  const data = curve1d({ n: 40, noise: 0, fn: "cubic", xRange: [-1, 2] });
  data.x.forEach((row, i) => {
    expect(row[0]).toBeGreaterThanOrEqual(-1);
    expect(row[0]).toBeLessThan(2);
    expect(data.y[i][0]).toBe(curves.cubic(row[0]));
  });
});

test("curve1d({ n, noise }): the residuals y − truth have roughly the stated standard deviation", () => {
  for (const noise of [0.2, 0.5]) {
    const data = curve1d({ n: 20000, noise });
    const residuals = data.x.map((row, i) => data.y[i][0] - (data.truth?.(row)[0] ?? NaN));
    const mean = residuals.reduce((s, v) => s + v, 0) / residuals.length;
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(stdOf(residuals) / noise).toBeGreaterThan(0.97);
    expect(stdOf(residuals) / noise).toBeLessThan(1.03);
  }
});

test("curve1d({ n, noise, fn, xRange, seed }) rejects bad arguments with clear messages", () => {
  expect(() => curve1d({ n: 0 })).toThrow("curve1d({ n }): n must be a positive integer, got 0");
  expect(() => curve1d({ noise: -1 })).toThrow("curve1d({ noise }): noise must be ≥ 0, got -1");
  expect(() => curve1d({ seed: NaN })).toThrow("curve1d({ seed }): seed must be a finite number, got NaN");
  expect(() => curve1d({ fn: "cosine" as unknown as "sine" })).toThrow(
    'curve1d({ fn }): fn must be "sine", "cubic" or a function of x, got "cosine"',
  );
  expect(() => curve1d({ fn: (x) => 1 / x, xRange: [0, 0] as unknown as [number, number] })).toThrow(
    "curve1d({ xRange }): xRange must be two finite numbers [a, b] with a < b, got [0, 0]",
  );
  expect(() => curve1d({ xRange: [3, -3] })).toThrow(
    "curve1d({ xRange }): xRange must be two finite numbers [a, b] with a < b, got [3, -3]",
  );
  expect(() => curve1d({ xRange: [0, Infinity] })).toThrow(
    "curve1d({ xRange }): xRange must be two finite numbers [a, b] with a < b, got [0, Infinity]",
  );
  expect(() => curve1d({ fn: () => NaN, xRange: [0, 1], seed: 1, n: 1 })).toThrow(
    /^curve1d\(\{ fn \}\): fn must return a finite number, but fn\(0\.\d+\) returned NaN$/,
  );
  expect(() => curve1d({ range: [0, 1] } as unknown as Curve1dOptions)).toThrow(
    'curve1d({ range }): unknown option "range"; the options are n, noise, fn, xRange, seed',
  );
});
