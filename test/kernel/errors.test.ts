import { expect, test } from "vitest";
import { compileError, runtimeError } from "../../src/kernel/errors";

const plain = (lines: string[]) => lines.join("\n").replace(/\x1b\[[0-9;]*m/g, "");

test("compileError(diagnostics, source) names the first line:column and shows each with a caret", () => {
  const e = compileError([{ file: "", line: 2, column: 7, message: "Type 'string' is not assignable to type 'number'." }], "let a = 1;\nconst n: number = 's';");
  expect(e.ename).toBe("TSError");
  expect(e.evalue).toBe("2:7 - Type 'string' is not assignable to type 'number'.");
  expect(plain(e.traceback)).toContain("2 | const n: number = 's';\n          ^");
});

test("runtimeError(thrown, source, js) keeps the error's name and message", () => {
  const e = runtimeError(new RangeError("too big"), "f()", "f()");
  expect([e.ename, e.evalue]).toEqual(["RangeError", "too big"]);
});

test("runtimeError(interrupt) is ename Interrupted", () => {
  expect(runtimeError(new Error("Script execution was interrupted by `SIGINT`"), "", "").ename).toBe("Interrupted");
});
