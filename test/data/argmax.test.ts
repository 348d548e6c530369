import { expect, test } from "vitest";
import { argmax } from "../../src/data/argmax";

test("argmax(row) is the index of the largest value", () => {
  expect(argmax([0.1, 0.7, 0.2])).toBe(1);
  expect(argmax([0, 0, 1])).toBe(2);
  expect(argmax([5])).toBe(0);
  expect(argmax([-3, -1, -2])).toBe(1);
  expect(argmax([-Infinity, -1e308])).toBe(1);
});

test("argmax(row) takes the first index on a tie", () => {
  expect(argmax([0.5, 0.5, 0.2])).toBe(0);
  expect(argmax([0, 1, 1])).toBe(1);
});

test("argmax(row) rejects bad arguments with clear messages", () => {
  expect(() => argmax([])).toThrow("argmax(row): row must be a non-empty array of numbers, got []");
  expect(() => argmax(undefined as unknown as number[])).toThrow(
    "argmax(row): row must be a non-empty array of numbers, got undefined",
  );
  expect(() => argmax([0.2, NaN, 0.1])).toThrow("argmax(row): row[1] must be a number, got NaN");
});
