import { expect, test } from "vitest";
import { isSupported, MINIMUM_PYTHON, parseVersion } from "../../../src/cli/env/pythonVersion";

test("parseVersion(text) reads `python --version` output and bare versions", () => {
  expect(parseVersion("Python 3.11.7")).toEqual([3, 11, 7]);
  expect(parseVersion("3.13.0rc1")).toEqual([3, 13, 0]);
  expect(parseVersion("3.10")).toEqual([3, 10, 0]);
  expect(parseVersion("Python")).toBeUndefined();
  expect(parseVersion("")).toBeUndefined();
});

test("MINIMUM_PYTHON is 3.10, what jupyterlab 4.6.6, notebook 7.6.5 and nbclient 0.11.0 declare (Requires-Python)", () => {
  expect(MINIMUM_PYTHON).toEqual([3, 10]);
});

test("isSupported(version) compares major, then minor: 3.9 no, 3.10 and 3.13 yes, 2.7 no, 4.0 yes", () => {
  expect(isSupported([3, 9, 18])).toBe(false);
  expect(isSupported([3, 10, 0])).toBe(true);
  expect(isSupported([3, 13, 0])).toBe(true);
  expect(isSupported([2, 7, 18])).toBe(false);
  expect(isSupported([4, 0, 0])).toBe(true);
});
