import { expect, test } from "vitest";
import {
  boolean,
  checkOptions,
  finiteNumber,
  integerAtLeast,
  nonNegative,
  oneOf,
  positiveInteger,
} from "../../src/core/options";
import { show } from "../../src/core/messages";

test("show(value) writes numbers as is, strings quoted, arrays in brackets", () => {
  expect(show(0)).toBe("0");
  expect(show(NaN)).toBe("NaN");
  expect(show("a")).toBe('"a"');
  expect(show([1, "b"])).toBe('[1, "b"]');
  expect(show(null)).toBe("null");
  expect(show(undefined)).toBe("undefined");
  expect(show({})).toBe("an object");
  expect(show(() => 1)).toBe("a function");
});

test("checkOptions(fn, options, allowed) accepts undefined and known keys", () => {
  expect(() => checkOptions("f", undefined, ["n"])).not.toThrow();
  expect(() => checkOptions("f", { n: 1 }, ["n"])).not.toThrow();
  expect(() => checkOptions("f", [1], ["n"])).toThrow("f(options): options must be an object such as { n: 200 }, got [1]");
  expect(() => checkOptions("f", null, ["n"])).toThrow("got null");
});

test("positiveInteger / integerAtLeast / finiteNumber / nonNegative / boolean / oneOf return valid values", () => {
  expect(positiveInteger("f", "n", 3)).toBe(3);
  expect(positiveInteger("f", "n", 3, 3)).toBe(3);
  expect(() => positiveInteger("f", "n", 4, 3)).toThrow("f({ n }): n must be at most 3, got 4");
  expect(() => positiveInteger("f", "n", "3")).toThrow('f({ n }): n must be a positive integer, got "3"');
  expect(integerAtLeast("f", "k", 2, 2)).toBe(2);
  expect(finiteNumber("f", "s", -1.5)).toBe(-1.5);
  expect(nonNegative("f", "noise", 0)).toBe(0);
  expect(() => nonNegative("f", "noise", "1")).toThrow('f({ noise }): noise must be a finite number, got "1"');
  expect(boolean("f", "b", false)).toBe(false);
  expect(oneOf("f", "size", 14, [28, 14, 7])).toBe(14);
});
