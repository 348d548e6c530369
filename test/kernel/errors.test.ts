import { expect, test } from "vitest";
import { compileError, runtimeError } from "../../src/kernel/errors";

const plain = (lines: string[]) => lines.join("\n").replace(/\x1b\[[0-9;]*m/g, "");

test("compileError(diagnostics, source) names the first line:column and shows each with a caret", () => {
  const e = compileError([{ file: "", line: 2, column: 7, message: "Type 'string' is not assignable to type 'number'." }], "let a = 1;\nconst n: number = 's';");
  expect(e.ename).toBe("TSError");
  expect(e.evalue).toBe("2:7 - Type 'string' is not assignable to type 'number'.");
  expect(plain(e.traceback)).toContain("2 | const n: number = 's';\n          ^");
});

test("runtimeError(thrown) keeps the error's name and message", () => {
  const e = runtimeError(new RangeError("too big"));
  expect([e.ename, e.evalue]).toEqual(["RangeError", "too big"]);
  expect(runtimeError("plain").evalue).toBe("plain");
});

test("runtimeError(thrown, locate) shows each cell frame at its line and column, and cuts the kernel's frames", () => {
  const error = new Error("bad");
  error.stack = [
    "Error: bad",
    "    at check (/lib/check.js:4:11)",
    "    at f (nnlab-cell-1.js:3:9)",
    "    at nnlab-cell-2.js:7:1",
    "    at Script.runInThisContext (node:vm:137:12)",
    "    at execute (/x/node_modules/tslab/dist/executor.js:142:38)",
  ].join("\n");
  const located = {
    "nnlab-cell-1.js": { line: 2, column: 3, source: "function f() {\n  check();\n}", current: false },
    "nnlab-cell-2.js": { line: 1, column: 1, source: "f();", current: true },
  };
  const e = runtimeError(error, (frame) => located[frame.file as keyof typeof located]);
  expect(plain(e.traceback)).toBe(
    ["Error: bad", "    at check (/lib/check.js:4:11)", "    at line 2:3 of an earlier cell", "      2 |   check();", "            ^", "    at cell line 1:1", "      1 | f();", "          ^"].join("\n"),
  );
});

test("runtimeError(interrupt) is ename Interrupted", () => {
  expect(runtimeError(new Error("Script execution was interrupted by `SIGINT`")).ename).toBe("Interrupted");
});
