import { expect, test } from "vitest";
import { multiGaussian, type MultiGaussianOptions } from "../../src/data/multiGaussian";

const classOf = (row: number[]) => row.indexOf(1);

test("multiGaussian({ n, k, seed }) is deterministic for a seed", () => {
  expect(multiGaussian({ n: 60, k: 4, seed: 5 })).toEqual(multiGaussian({ n: 60, k: 4, seed: 5 }));
  expect(multiGaussian({ n: 60, k: 4, seed: 5 }).x).not.toEqual(multiGaussian({ n: 60, k: 4, seed: 6 }).x);
});

test("multiGaussian() uses n = 200, k = 3, noise = 1, seed = 1", () => {
  const data = multiGaussian();
  expect(data.x).toHaveLength(200);
  expect(data.description.options).toEqual({ n: 200, k: 3, noise: 1, seed: 1 });
  expect(data.description.classes).toEqual(["0", "1", "2"]);
  expect(data.description.task).toBe("classification");
});

test("multiGaussian({ n, k }) gives one-hot rows of length k, class sizes differing by at most one", () => {
  for (const [n, k] of [[200, 3], [7, 7], [101, 5], [2, 2]]) {
    const data = multiGaussian({ n, k });
    expect(data.x).toHaveLength(n);
    expect(data.y).toHaveLength(n);
    const counts = new Array<number>(k).fill(0);
    for (const row of data.y) {
      expect(row).toHaveLength(k);
      expect(row.reduce((s, v) => s + v, 0)).toBe(1);
      expect(row.every((v) => v === 0 || v === 1)).toBe(true);
      counts[classOf(row)]++;
    }
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    for (const row of data.x) expect(row).toHaveLength(2);
  }
});

test("multiGaussian({ k, noise: 0 }) puts blob j at radius 4 and angle 2πj/k", () => {
  const k = 5;
  const data = multiGaussian({ n: 50, k, noise: 0 });
  data.x.forEach((row, i) => {
    const j = classOf(data.y[i]);
    expect(row[0]).toBeCloseTo(4 * Math.cos((2 * Math.PI * j) / k), 12);
    expect(row[1]).toBeCloseTo(4 * Math.sin((2 * Math.PI * j) / k), 12);
  });
});

test("multiGaussian({ n, noise }) has blobs with standard deviation noise", () => {
  const data = multiGaussian({ n: 3000, k: 3, noise: 0.5 });
  const rows = data.x.filter((_, i) => classOf(data.y[i]) === 0);
  const values = rows.map((row) => row[0]);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const std = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  expect(mean).toBeCloseTo(4, 1);
  expect(std).toBeGreaterThan(0.45);
  expect(std).toBeLessThan(0.55);
});

test("multiGaussian({ n, k, noise, seed }) rejects bad arguments with clear messages", () => {
  expect(() => multiGaussian({ n: 0 })).toThrow("multiGaussian({ n }): n must be a positive integer, got 0");
  expect(() => multiGaussian({ k: 1 })).toThrow("multiGaussian({ k }): k must be an integer ≥ 2, got 1");
  expect(() => multiGaussian({ k: 2.5 })).toThrow("multiGaussian({ k }): k must be an integer ≥ 2, got 2.5");
  expect(() => multiGaussian({ n: 2, k: 3 })).toThrow(
    "multiGaussian({ n }): n must be at least k = 3 so that every class has a sample, got 2",
  );
  expect(() => multiGaussian({ noise: -0.5 })).toThrow("multiGaussian({ noise }): noise must be ≥ 0, got -0.5");
  expect(() => multiGaussian({ seed: NaN })).toThrow("multiGaussian({ seed }): seed must be a finite number, got NaN");
  expect(() => multiGaussian({ classes: 3 } as unknown as MultiGaussianOptions)).toThrow(
    'multiGaussian({ classes }): unknown option "classes"; the options are n, k, noise, seed',
  );
});
