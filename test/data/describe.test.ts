import { expect, test } from "vitest";
import type { Dataset } from "../../src/data/dataset";
import { describe } from "../../src/data/describe";
import { circle } from "../../src/data/circle";
import { curve1d } from "../../src/data/curve1d";
import { multiGaussian } from "../../src/data/multiGaussian";
import { regressionPlane } from "../../src/data/regressionPlane";

test("describe(data) summarizes a two-class set: title, size, classes, features, options", () => {
  const data = circle({ n: 100 });
  const lines = describe(data).split("\n");
  expect(lines[0]).toBe(`circle: ${data.description.title}`);
  expect(lines[1]).toBe("classification, 100 samples, 2 features (x1, x2)");
  expect(lines[2]).toBe("classes: outside 50, inside 50");
  expect(lines[3]).toMatch(/^x1: min -?[\d.]+, mean -?[\d.e-]+, max [\d.]+, std [\d.]+$/);
  expect(lines[4]).toMatch(/^x2: /);
  expect(lines[5]).toBe("options: n=100, noise=0.25, seed=1, oneHot=false");
  expect(lines).toHaveLength(6);
});

test("describe(data) counts one-hot classes by name", () => {
  expect(describe(multiGaussian({ n: 10, k: 3 }))).toContain("classes: 0 4, 1 3, 2 3");
  expect(describe(circle({ n: 10, oneHot: true }))).toContain("classes: outside 5, inside 5");
});

test("describe(data) shows the range of y for regression", () => {
  const text = describe(curve1d({ n: 1, noise: 0, fn: () => 0.5, xRange: [0, 1e-9] }));
  expect(text).toContain("regression, 1 sample, 1 feature (x)");
  expect(text).toContain("y: min 0.5, mean 0.5, max 0.5, std 0");
  expect(text).toContain('options: n=1, noise=0, fn="custom", xRange=[0, 1e-9], seed=1');
  const two = describe(curve1d({ n: 2, noise: 0, fn: (x) => (x < 0 ? -1 : 1), xRange: [-1, 1], seed: 3 }));
  expect(two.split("\n")[2]).toMatch(/^y: min -1, mean 0, max 1, std 1$/);
  expect(describe(regressionPlane({ n: 5 }))).toContain("weights=[0.1, 0.1]");
});

test("describe(data) summarizes all inputs together when there are many features", () => {
  const data: Dataset = {
    x: [Array.from({ length: 10 }, (_, j) => j), Array.from({ length: 10 }, () => 0)],
    y: [[1], [0]],
    description: {
      name: "wide",
      title: "Wide",
      task: "classification",
      features: Array.from({ length: 10 }, (_, j) => `f${j}`),
      size: 2,
      options: {},
    },
  };
  const text = describe(data);
  expect(text).toContain("classification, 2 samples, 10 features (f0 … f9)");
  expect(text).toContain("classes: 0 1, 1 1");
  expect(text).toContain("all inputs: min 0, mean 2.25, max 9, std");
  expect(text).not.toContain("options:");
});

test("describe(data) rejects something that is not a data set", () => {
  expect(() => describe(null as unknown as Dataset)).toThrow(
    "describe(data): data must be a data set { x, y, description }, got null",
  );
});
