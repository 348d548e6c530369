import { describe, expect, it } from "vitest";
import { invalidRows, loadLesson, scoreSubmission, type GradedItem } from "../../../src/assign";

const items: GradedItem[] = [
  { gradeId: "ex1", role: "solution", points: 0, index: 2, studentSource: "" },
  { gradeId: "ex1-tests", role: "tests", points: 2, index: 3, studentSource: "" },
  { gradeId: "ex2-tests", role: "tests", points: 1, index: 4, studentSource: "" },
];
const summary = (rows: ReturnType<typeof scoreSubmission>) => rows.map((r) => [r.grade_id, r.points, r.max_points, r.status]);

describe("scoreSubmission", () => {
  it("scoreSubmission(items, outcomes) gives points only to tests cells that ran without error", () => {
    const rows = scoreSubmission("ada", "01-double", items, [
      { index: 2, status: "ok" },
      { index: 3, status: "ok" },
      { index: 4, status: "error", ename: "ExerciseError", evalue: "✗ double(2): 5 is too large." },
    ]);
    expect(summary(rows)).toEqual([["ex1-tests", 2, 2, "passed"], ["ex2-tests", 0, 1, "failed"]]);
    expect(rows[1].message).toBe("✗ double(2): 5 is too large.");
    expect(rows[0]).toMatchObject({ student: "ada", notebook: "01-double", message: "" });
  });

  it("scoreSubmission fails a tests cell that wrote to stderr (a check's ✗ or not-answered line), as nbgrader does", () => {
    const rows = scoreSubmission("ada", "01-double", items, [
      { index: 2, status: "ok", stderr: "✎ Not answered yet: write your code where it says YOUR CODE HERE, then run the cell again.\n" },
      { index: 3, status: "ok", stderr: "✎ double(2): not answered yet — write your code where it says YOUR CODE HERE, run that cell, then this one.\n" },
      { index: 4, status: "ok", stderr: "✗ double(3): 5 is too small.\n✗ double(4): 7 is too small.\n" },
    ]);
    expect(summary(rows)).toEqual([["ex1-tests", 0, 2, "failed"], ["ex2-tests", 0, 1, "failed"]]);
    expect(rows[0].message).toMatch(/^✎ double\(2\): not answered yet/);
    expect(rows[1].message).toBe("✗ double(3): 5 is too small. ✗ double(4): 7 is too small.");
  });

  it("scoreSubmission names the sandbox limits reached since the previous tests cell on a tests row; the last row takes the rest", () => {
    const rows = scoreSubmission("ada", "01-double", items, [
      { index: 0, status: "ok", limits: ["output limit reached (100000 characters per cell kept)"] },
      { index: 2, status: "crashed", limits: ["memory limit 2 GiB reached"] },
      { index: 3, status: "ok" },
      { index: 4, status: "ok" },
      { index: 5, status: "ok", limits: ["process limit 64 reached"] },
    ]);
    expect(summary(rows)).toEqual([["ex1-tests", 2, 2, "passed"], ["ex2-tests", 1, 1, "passed"]]);
    expect(rows[0].message).toBe("[output limit reached (100000 characters per cell kept); memory limit 2 GiB reached]");
    expect(rows[1].message).toBe("[process limit 64 reached]");
  });

  it("scoreSubmission gives 0 to a test that timed out, crashed the kernel or never ran", () => {
    const rows = scoreSubmission("ada", "01-double", items, [
      { index: 3, status: "timeout", evalue: "stopped after 5 s (the cell time limit)" },
      { index: 4, status: "crashed" },
    ]);
    expect(summary(rows)).toEqual([["ex1-tests", 0, 2, "timeout"], ["ex2-tests", 0, 1, "crashed"]]);
    expect(summary(scoreSubmission("ada", "01-double", items, []))).toEqual([["ex1-tests", 0, 2, "not-run"], ["ex2-tests", 0, 1, "not-run"]]);
  });

  it("scoreSubmission says when the answer cell before a failing test went wrong", () => {
    const rows = scoreSubmission("ada", "01-double", items, [
      { index: 2, status: "timeout", evalue: "stopped after 5 s (the cell time limit)" },
      { index: 3, status: "error", ename: "TSError", evalue: "1:1 - Cannot find name 'double'." },
      { index: 4, status: "ok" },
    ]);
    expect(rows[0].message).toBe(`TSError: 1:1 - Cannot find name 'double'. — your answer cell "ex1" stopped after 5 s (the cell time limit)`);
    expect(rows[1].message).toBe("");
  });

  it("scoreSubmission adds a 0-point row for an edited read-only cell and notes a restored test", () => {
    const flagged: GradedItem[] = [
      { gradeId: "setup", role: "locked", points: 0, index: 1, studentSource: "", remark: { kind: "changed", message: "edited" } },
      { ...items[1], remark: { kind: "missing", message: "put back" } },
    ];
    const rows = scoreSubmission("ada", "01-double", flagged, [{ index: 1, status: "ok" }, { index: 3, status: "ok" }]);
    expect(summary(rows)).toEqual([["setup", 0, 0, "changed"], ["ex1-tests", 2, 2, "passed"]]);
    expect(rows[1].message).toBe("(put back)");
  });
});

describe("invalidRows", () => {
  it("invalidRows(lesson) gives one 0-point row per tests cell; without a lesson, one row", () => {
    const lesson = loadLesson("```{code-cell} typescript\n:nbgrader: tests\n:grade_id: t1\n:points: 3\n1\n```\n", "01-x");
    expect(invalidRows("ada", "01-x", lesson, "not valid JSON")).toEqual([
      { student: "ada", notebook: "01-x", grade_id: "t1", points: 0, max_points: 3, status: "invalid", message: "not valid JSON" },
    ]);
    expect(invalidRows("ada", "99-y", undefined, "unknown lesson")).toEqual([
      { student: "ada", notebook: "99-y", grade_id: "", points: 0, max_points: 0, status: "invalid", message: "unknown lesson" },
    ]);
  });
});
