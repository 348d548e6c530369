import { describe, expect, it } from "vitest";
import type { GradedItem } from "../../../src/assign/grade/prepare";
import type { CellOutcome } from "../../../src/assign/grade/score";
import { judgedOutcomes, lessonWarnings, setupCode, type Judgement } from "../../../src/assign/grade/judge";
import { loadLesson } from "../../../src/assign/grade/prepare";

const items: GradedItem[] = [
  { gradeId: "answer", role: "solution", points: 0, index: 1, studentSource: "" },
  { gradeId: "answer-tests", role: "tests", points: 2, index: 2, studentSource: "" },
  { gradeId: "more-tests", role: "tests", points: 1, index: 3, studentSource: "" },
];
const judged = (status: CellOutcome["status"], stderr: string | null = null): Judgement => ({ status, stderr, outputs: [] });

describe("judgedOutcomes(items, cells, judged)", () => {
  it("a tests cell takes the trusted kernel's outcome; what the student's kernel wrote there is ignored", () => {
    const cells: CellOutcome[] = [
      { index: 1, status: "ok", stderr: "✎ not answered yet" },
      { index: 2, status: "ok", stderr: null },
      { index: 3, status: "ok", stderr: "anything" },
    ];
    const out = judgedOutcomes(items, cells, new Map([["answer-tests", judged("ok", "✗ z: 1 is too large.")], ["more-tests", judged("ok")]]));
    expect(out.map((c) => [c.index, c.status, c.stderr])).toEqual([[1, "ok", "✎ not answered yet"], [2, "ok", "✗ z: 1 is too large."], [3, "ok", null]]);
  });

  it("an error in the student's kernel still fails the tests cell, with its message cut short", () => {
    const cells: CellOutcome[] = [{ index: 2, status: "error", ename: "TSError", evalue: "x".repeat(500) }];
    const [out] = judgedOutcomes(items, cells, new Map([["answer-tests", judged("ok")]]));
    expect(out.status).toBe("error");
    expect(out.evalue!.length).toBeLessThanOrEqual(160);
  });

  it("timeouts and crashes in the student's kernel stand; a tests cell the trusted kernel did not judge is not-run", () => {
    const cells: CellOutcome[] = [{ index: 2, status: "timeout", evalue: "stopped" }, { index: 3, status: "ok" }];
    const out = judgedOutcomes(items, cells, undefined, "the judging kernel did not start");
    expect(out[0]).toEqual(cells[0]);
    expect(out[1].status).toBe("not-run");
    expect(out[1].evalue).toContain("the judging kernel did not start");
  });
});

describe("setupCode(mode)", () => {
  it("sets the checks' mode on globalThis under the registered symbol", () => {
    new Function(setupCode("observe").replace(" as any", ""))();
    expect((globalThis as Record<symbol, unknown>)[Symbol.for("nnlab.checkMode")]).toBe("observe");
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("nnlab.checkMode")];
  });
});

describe("lessonWarnings(lesson)", () => {
  it("names each tests cell check whose verdict the submission would compute", () => {
    const text = "# L\n\n```{code-cell} typescript\nimport { checkThat, notAnswered } from \"nnlab\";\n```\n\n```{code-cell} typescript\n:nbgrader: solution\n:grade_id: ex\nfunction f(): number {\n  // BEGIN SOLUTION\n  return 1;\n  // END SOLUTION\n}\n```\n\n```{code-cell} typescript\n:nbgrader: tests\n:grade_id: ex-tests\n:points: 1\ncheckThat(() => f() > 0, { what: \"f\", problem: \"p\" })\n```\n";
    const warnings = lessonWarnings(loadLesson(text, "l"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('tests cell "ex-tests", line 1');
  });
});
