import { expect, test } from "vitest";
import { globToRegExp, History } from "../../src/kernel/history";

const history = () => {
  const h = new History();
  ["a = 1", "b = 2", "a = 1", "c = 3"].forEach((input, i) => h.add(i + 1, input, null));
  return h;
};

test("history.query({ hist_access_type: 'tail', n }) gives the last n inputs", () => {
  expect(history().query({ hist_access_type: "tail", n: 2 })).toEqual([[1, 3, "a = 1"], [1, 4, "c = 3"]]);
});

test("history.query({ hist_access_type: 'range', start, stop }) is start-inclusive, stop-exclusive", () => {
  expect(history().query({ hist_access_type: "range", session: 1, start: 2, stop: 3 })).toEqual([[1, 2, "b = 2"]]);
});

test("history.query({ hist_access_type: 'search', pattern, unique }) keeps the latest of duplicates", () => {
  expect(history().query({ hist_access_type: "search", pattern: "a*", unique: true })).toEqual([[1, 3, "a = 1"]]);
});

test("history.query({ output: true }) pairs input with output", () => {
  expect(history().query({ n: 1, output: true })).toEqual([[1, 4, ["c = 3", null]]]);
});

test("globToRegExp(glob) anchors and escapes", () => {
  expect(globToRegExp("a.?*").test("a.bcd")).toBe(true);
  expect(globToRegExp("a.?").test("abc")).toBe(false);
});
