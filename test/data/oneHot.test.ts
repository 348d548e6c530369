import { expect, test } from "vitest";
import { oneHot } from "../../src/data/oneHot";
import { argmax } from "../../src/data/argmax";

test("oneHot(labels, classes) puts a 1 at each label", () => {
  expect(oneHot([0, 2, 1], 3)).toEqual([[1, 0, 0], [0, 0, 1], [0, 1, 0]]);
  expect(oneHot([], 4)).toEqual([]);
  expect(oneHot([0], 1)).toEqual([[1]]);
});

test("oneHot(labels, classes) and argmax(row) undo each other", () => {
  const labels = [3, 0, 9, 9, 4];
  expect(oneHot(labels, 10).map(argmax)).toEqual(labels);
});

test("oneHot(labels, classes) rejects bad arguments with clear messages", () => {
  expect(() => oneHot([0, 1], 0)).toThrow("oneHot(labels, classes): classes must be a positive integer, got 0");
  expect(() => oneHot([0, 1], 1.5)).toThrow("oneHot(labels, classes): classes must be a positive integer, got 1.5");
  expect(() => oneHot([0, 3, 1], 3)).toThrow("oneHot(labels, classes): labels[1] must be an integer from 0 to 2, got 3");
  expect(() => oneHot([-1], 3)).toThrow("oneHot(labels, classes): labels[0] must be an integer from 0 to 2, got -1");
  expect(() => oneHot([0.5], 3)).toThrow("oneHot(labels, classes): labels[0] must be an integer from 0 to 2, got 0.5");
  expect(() => oneHot(undefined as unknown as number[], 3)).toThrow(
    "oneHot(labels, classes): labels must be an array of class numbers, got undefined",
  );
});
