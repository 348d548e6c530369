import * as ts from "typescript";
import { afterAll, beforeAll, describe, expect, it, test } from "vitest";
import { cellFrames, keepReached, rewriteCell } from "../../src/kernel/compile";
import { createEngine, Engine, Outcome } from "../../src/kernel/engine";

const plain = (lines: string[]) => lines.join("\n").replace(/\x1b\[[0-9;]*m/g, "");

describe("rewriteCell", () => {
  it("rewriteCell(code) writes out shorthand properties, keeping every line in place", () => {
    expect(rewriteCell("train(net, data, { validation, epochs: 5 });", ts).code).toBe("train(net, data, { validation: validation, epochs: 5 });");
    expect(rewriteCell("const o = {\n  a,\n  b\n};", ts).code).toBe("const o = {\n  a: a,\n  b: b\n};");
  });

  it("rewriteCell(code) leaves destructuring declarations, full properties and strings alone", () => {
    const code = 'const { a, b } = obj;\nconst c = { d: 1, "e": 2 };\nconst s = "{ x }";';
    expect(rewriteCell(code, ts).code).toBe(code);
  });

  it("rewriteCell(code) keeps the meaning of destructuring assignments with defaults", () => {
    expect(rewriteCell("({ a, b = 2 } = obj);", ts).code).toBe("({ a: a, b: b = 2 } = obj);");
  });

  it("rewriteCell(code).original(offset) maps back past insertions; inside one, to the name it repeats", () => {
    const r = rewriteCell("f({ a, b }); g(1);", ts); // → "f({ a: a, b: b }); g(1);"
    expect(r.original(r.code.indexOf("g(1)"))).toEqual({ line: 1, column: 14 });
    expect(r.original(r.code.indexOf(": b") + 2)).toEqual({ line: 1, column: 8 });
    expect(r.back({ offset: r.code.indexOf("g(1)"), line: 0, character: 0 })).toEqual({ offset: 13, line: 0, character: 13 });
  });
});

describe("keepReached", () => {
  const decl = "declare const a = 1;\ndeclare let u: number | undefined;\ninterface T {\n    x: number;\n}\ndeclare const p: number, q: number;\ndeclare function late(): void;\n";
  const code = "const a = 1;\nlet u: number | undefined;\ninterface T { x: number }\nconst { p, q } = f();\nfunction late() {}";

  it("keepReached(...) keeps assigned values and types, drops values never assigned", () => {
    const kept = keepReached(ts, decl, code, { a: 1 }, undefined);
    expect(kept).toBe("declare const a = 1;\ninterface T {\n    x: number;\n}\n");
  });

  it("keepReached(...) keeps what statements finished before the throw declared, even if undefined", () => {
    const thrownAt = code.indexOf("f()");
    expect(keepReached(ts, decl, code, { a: 1, p: 2 }, thrownAt)).toBe("declare const a = 1;\ndeclare let u: number | undefined;\ninterface T {\n    x: number;\n}\ndeclare const p: number;\n");
  });
});

test("cellFrames(error) reads the nnlab-cell-<n>.js frames of a stack, innermost first", () => {
  const error = new Error("x");
  error.stack = "Error: x\n    at f (nnlab-cell-2.js:3:9)\n    at nnlab-cell-5.js:7:1\n    at Script.runInThisContext (node:vm:137:12)";
  expect(cellFrames(error)).toEqual([
    { file: "nnlab-cell-2.js", line: 3, column: 9 },
    { file: "nnlab-cell-5.js", line: 7, column: 1 },
  ]);
  expect(cellFrames("not an error")).toEqual([]);
});

describe("createEngine(rootDir).execute(code) through tslab", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = createEngine(process.cwd());
  }, 60_000);
  afterAll(() => engine?.close());
  const run = (code: unknown) => engine.execute(code);
  const error = (o: Outcome) => {
    if (o.status !== "error") throw new Error(`expected an error, got ${JSON.stringify(o)}`);
    return o;
  };
  const text = (o: Outcome) => (o.status === "ok" ? o.result?.["text/plain"] : undefined);

  it("points a run-time error at the exact line of three identical lines, and its column", async () => {
    await run("let calls = 0;\nconst step = () => { calls++; if (calls === 2) throw new Error('second call'); };");
    const e = error(await run("step();\nstep();\nstep();"));
    const trace = plain(e.traceback);
    expect(trace).toContain("at cell line 2:1");
    expect(trace).not.toContain("cell line 3");
    // the throw itself is in the earlier cell, line 2, at `new Error`
    expect(trace).toContain("at line 2:54 of an earlier cell");
  });

  it("gives the cell's column of a run-time error in a statement the compiler split over two lines", async () => {
    const e = error(await run("if (Math.random() < 2) throw new Error('one');"));
    expect(plain(e.traceback)).toContain("at cell line 1:30");
  });

  it("gives the column of a run-time error after a shorthand property on the same line", async () => {
    const e = error(await run("const sh = 1;\nconst o = { sh }; (o as any).missing.deeper;"));
    expect(plain(e.traceback)).toContain("at cell line 2:38");
  });

  it("gives line and column of compile errors in the cell's own text, after shorthand properties too", async () => {
    const e = error(await run("const one = 1;\nconst o2 = { one }; const n: number = 'text';"));
    expect(e.ename).toBe("TSError");
    expect(e.evalue).toMatch(/^2:27 - Type 'string' is not assignable to type 'number'/);
    const missing = error(await run("const o3 = { nowhere };"));
    expect(missing.evalue).toMatch(/^1:14 - /);
  });

  it("runs shorthand properties of earlier cells' variables, destructuring assignments included", async () => {
    await run("const validation = [1, 2];\nlet left = 0, right = 0;");
    expect(text(await run("({ validation })"))).toBe("{ validation: [ 1, 2 ] }");
    expect(text(await run("({ left, right = 9 } = { left: 3 } as { left: number; right?: number });\n[left, right]"))).toBe("[ 3, 9 ]");
  });

  it("keeps the declarations made before a run-time error; later ones are gone", async () => {
    const e = error(await run("const before = 5;\nlet unset: number | undefined;\ninterface Shape { x: number }\nthrow new Error('stop');\nconst after = 6;\nfunction later() {}"));
    expect(plain(e.traceback)).toContain("at cell line 4:7");
    expect(text(await run("const s: Shape = { x: before }; [s.x, unset]"))).toBe("[ 5, undefined ]");
    expect(error(await run("after")).evalue).toBe("1:1 - Cannot find name 'after'.");
    expect(error(await run("later")).evalue).toBe("1:1 - Cannot find name 'later'.");
  });

  it("maps errors of cells with top-level await", async () => {
    const e = error(await run("await Promise.resolve();\nconst awaited = 1;\n  throw new RangeError('late');"));
    expect(plain(e.traceback)).toContain("at cell line 3:9");
    expect(text(await run("awaited"))).toBe("1");
  });

  it("answers an unanswered exercise (a thrown notAnswered brand) with ok, its message on stderr, declarations kept", async () => {
    const o = await run("const answerSoFar = 1;\nthrow { message: 'not answered yet', [Symbol.for('nnlab.notAnswered')]: true };");
    expect(o).toEqual({ status: "ok", stderr: "not answered yet\n" });
    expect(text(await run("answerSoFar"))).toBe("1");
  });

  it("shows nothing for a value whose display method returns null", async () => {
    expect(await run("({ [Symbol.for('Jupyter.display')]() { return null; } })")).toEqual({ status: "ok" });
  });

  it("answers code that is not a string with an error", async () => {
    const e = error(await run(42));
    expect([e.ename, e.evalue]).toEqual(["TypeError", "execute_request content.code must be a string, got number."]);
    expect(text(await run("1 + 1"))).toBe("2");
  });

  it("shows the docs of library declarations on inspect (read without them until then), and still runs cells after", async () => {
    expect(engine.inspect("Math.max(1, 2)", 6)).toContain("Returns the larger of a set of supplied numeric expressions.");
    expect(engine.inspect("console.log", 9)).toContain("Prints to `stdout` with newline.");
    expect(text(await run("Math.max(1, 2)"))).toBe("2");
  });
});
