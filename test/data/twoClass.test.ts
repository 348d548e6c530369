import { expect, test } from "vitest";
import { random } from "../../src/core/random";
import { halfLabel, readTwoClassOptions, shuffleRows, twoClassTarget } from "../../src/data/twoClass";

test("twoClassTarget(label, oneHot) gives [label] or a one-hot row", () => {
  expect(twoClassTarget(0, false)).toEqual([0]);
  expect(twoClassTarget(1, false)).toEqual([1]);
  expect(twoClassTarget(0, true)).toEqual([1, 0]);
  expect(twoClassTarget(1, true)).toEqual([0, 1]);
});

test("halfLabel(i, n) gives class 0 to the first ceil(n/2) samples", () => {
  expect(Array.from({ length: 5 }, (_, i) => halfLabel(i, 5))).toEqual([0, 0, 0, 1, 1]);
  expect(Array.from({ length: 4 }, (_, i) => halfLabel(i, 4))).toEqual([0, 0, 1, 1]);
});

test("shuffleRows(x, y, rng) applies the same permutation to x and y", () => {
  const x = Array.from({ length: 20 }, (_, i) => [i]);
  const y = Array.from({ length: 20 }, (_, i) => [-i]);
  shuffleRows(x, y, random(1));
  x.forEach((row, k) => expect(y[k]).toEqual([-row[0]]));
  expect(x.map((row) => row[0])).not.toEqual(Array.from({ length: 20 }, (_, i) => i));
});

test("readTwoClassOptions(fn, options, defaultNoise) fills in defaults", () => {
  expect(readTwoClassOptions("f", undefined, 0.3)).toEqual({ n: 200, noise: 0.3, seed: 1, oneHot: false });
  expect(readTwoClassOptions("f", { n: 5, seed: 2, oneHot: true }, 0.3)).toEqual({ n: 5, noise: 0.3, seed: 2, oneHot: true });
});
