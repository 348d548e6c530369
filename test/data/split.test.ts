import { expect, test } from "vitest";
import type { Dataset } from "../../src/data/dataset";
import { split } from "../../src/data/split";
import { circle } from "../../src/data/circle";
import { curve1d } from "../../src/data/curve1d";

/** A data set whose sample i has input [i] and target [10·i], to follow samples. */
const numbered = (n: number): Dataset => ({
  x: Array.from({ length: n }, (_, i) => [i]),
  y: Array.from({ length: n }, (_, i) => [10 * i]),
  description: { name: "numbered", title: "Numbers", task: "regression", features: ["i"], size: n, options: { n } },
});

test("split(data, fraction, seed) gives round(fraction·n) samples to train and the rest to test", () => {
  for (const [n, fraction] of [[100, 0.8], [10, 0.25], [7, 0.5], [2, 0.5]]) {
    const { train, test } = split(numbered(n), fraction, 1);
    expect(train.x).toHaveLength(Math.round(fraction * n));
    expect(test.x).toHaveLength(n - Math.round(fraction * n));
    expect(train.description.size).toBe(train.x.length);
    expect(test.description.size).toBe(test.x.length);
  }
});

test("split(data, fraction, seed): the parts are disjoint, cover every sample, and keep x and y together", () => {
  const { train, test } = split(numbered(50), 0.7, 3);
  const ids = [...train.x, ...test.x].map((row) => row[0]);
  expect(new Set(ids).size).toBe(50);
  expect([...ids].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  for (const part of [train, test]) part.x.forEach((row, k) => expect(part.y[k]).toEqual([10 * row[0]]));
});

test("split(data, fraction, seed) shuffles, deterministically for a seed", () => {
  const a = split(numbered(50), 0.5, 7);
  expect(split(numbered(50), 0.5, 7)).toEqual(a);
  expect(split(numbered(50), 0.5, 8).train.x).not.toEqual(a.train.x);
  expect(a.train.x.map((row) => row[0])).not.toEqual(Array.from({ length: 25 }, (_, i) => i));
});

test("split(data) uses fraction 0.8 and seed 1, and keeps description and truth", () => {
  const data = curve1d({ n: 20 });
  const { train, test } = split(data);
  expect(train.x).toHaveLength(16);
  expect(test.x).toHaveLength(4);
  expect(split(data, 0.8, 1)).toEqual({ train, test });
  expect(train.truth).toBe(data.truth);
  expect(train.description.name).toBe("curve1d");
  expect(train.description.options).toEqual({ ...data.description.options, split: "train", fraction: 0.8, splitSeed: 1 });
  expect(test.description.options.split).toBe("test");
  expect("truth" in split(circle({ n: 10 })).train).toBe(false);
});

test("split(data, fraction, seed) rejects bad arguments with clear messages", () => {
  const data = numbered(10);
  expect(() => split(data, 0)).toThrow(
    "split(data, fraction): fraction must be between 0 and 1 (the share for training), got 0",
  );
  expect(() => split(data, 1)).toThrow(
    "split(data, fraction): fraction must be between 0 and 1 (the share for training), got 1",
  );
  expect(() => split(data, NaN)).toThrow(
    "split(data, fraction): fraction must be between 0 and 1 (the share for training), got NaN",
  );
  expect(() => split(data, 0.99)).toThrow(
    "split(data, fraction): a fraction of 0.99 of 10 samples leaves the test part empty; use more samples or a fraction nearer 0.5",
  );
  expect(() => split(data, 0.01)).toThrow(
    "split(data, fraction): a fraction of 0.01 of 10 samples leaves the training part empty; use more samples or a fraction nearer 0.5",
  );
  expect(() => split(numbered(1), 0.5)).toThrow("of 1 sample leaves the");
  expect(() => split(data, 0.5, NaN)).toThrow("split(data, fraction, seed): seed must be a finite number, got NaN");
  expect(() => split({ ...data, y: data.y.slice(1) }, 0.5)).toThrow(
    "split(data): data has 10 input rows but 9 target rows",
  );
  expect(() => split(undefined as unknown as Dataset, 0.5)).toThrow(
    "split(data): data must be a data set { x, y, description }, got undefined",
  );
});
