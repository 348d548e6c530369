import { readdirSync, readFileSync } from "fs";
import path from "path";
import { describe, expect, it } from "vitest";
import { checksJudgedByTheStudent, withoutExpectations } from "../../../src/assign/grade/observeTests";
import { loadLesson } from "../../../src/assign/grade/prepare";

describe("withoutExpectations(source)", () => {
  it("replaces the expected value of checkNumber and checkNumbers, keeping the answer and the options", () => {
    const source = 'show(checkNumber(() => hiddenZ([1, 0.5]), net.forward([1, 0.5]).layers[0].z[0], {\n  what: "z",\n}));\ncheckNumbers(() => f(x), x.map((v) => g(v)), { what: "zs" })';
    expect(withoutExpectations(source)).toBe('show(checkNumber(() => hiddenZ([1, 0.5]), undefined!, {\n  what: "z",\n}));\ncheckNumbers(() => f(x), undefined!, { what: "zs" })');
  });

  it("replaces checkThat's predicate, and leaves the two-argument form alone", () => {
    const source = 'checkThat(() => chooseLearningRate(), (lr) => train(lr).last.trainLoss < 0.04, { what: "w", problem: (lr) => `${lr}` });\ncheckThat(() => ok(), { what: "w", problem: "p" });';
    expect(withoutExpectations(source)).toBe('checkThat(() => chooseLearningRate(), undefined!, { what: "w", problem: (lr) => `${lr}` });\ncheckThat(() => ok(), { what: "w", problem: "p" });');
  });

  it("finds checks anywhere: in loops, in functions, called as nnlab.checkNumber", () => {
    const source = "for (const k of [1, 2]) show(nnlab.checkNumber(() => f(k), expected(k), { what: `k=${k}` }));\nconst all = () => [checkNumber(a, b, o)];";
    expect(withoutExpectations(source)).toBe("for (const k of [1, 2]) show(nnlab.checkNumber(() => f(k), undefined!, { what: `k=${k}` }));\nconst all = () => [checkNumber(a, undefined!, o)];");
  });

  it("leaves code without checks as it is", () => {
    const source = "const x = 1; // checkNumber(a, b, c)\nshow(x)";
    expect(withoutExpectations(source)).toBe(source);
  });
});

describe("checksJudgedByTheStudent(source)", () => {
  it("finds checkThat(condition, options), not checkThat(answer, predicate, options)", () => {
    const source = 'checkThat(() => f(), (v) => v > 0, { what: "a", problem: "p" });\nshow(checkThat(() => f() > 0, { what: "b", problem: "p" }));';
    expect(checksJudgedByTheStudent(source)).toEqual([{ line: 2, text: 'checkThat(() => f() > 0, { what: "b", problem: "p" })' }]);
  });

  it("no lesson's tests cell leaves a verdict to the student's kernel", () => {
    const dir = path.join(__dirname, "..", "..", "..", "lessons");
    for (const name of readdirSync(dir).filter((f) => /^\d\d-.*\.md$/.test(f))) {
      const { teacher } = loadLesson(readFileSync(path.join(dir, name), "utf8"), name.replace(/\.md$/, ""));
      const tests = teacher.cells.filter((c) => (c.metadata as { nbgrader?: { grade?: boolean } }).nbgrader?.grade);
      for (const cell of tests) expect(checksJudgedByTheStudent(cell.source), `${name}: ${cell.source.slice(0, 60)}`).toEqual([]);
    }
  });
});
