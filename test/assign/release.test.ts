import { describe, expect, it } from "vitest";
import { lessonNotebook, serializeNotebook, type NbgraderMetadata } from "../../src/assign";
import { doubleExercise, importCell } from "./fixtures";

const lesson = ["# Exercise", "", ...importCell, ...doubleExercise].join("\n");

describe("lessonNotebook", () => {
  it("lessonNotebook(text) gives a student notebook: solution stubbed, hidden tests gone, nbgrader metadata", () => {
    const nb = lessonNotebook(lesson, { file: "ex.md" });
    expect(nb.metadata.kernelspec).toEqual({ display_name: "TypeScript (nnlab)", language: "typescript", name: "nnlab" });
    expect(nb.cells.map((c) => c.id)).toEqual(["cell-0", "cell-1", "ex1", "ex1-tests"]);
    const [, , solution, tests] = nb.cells;
    expect(solution.source).toBe('function double(x: number): number {\n  // YOUR CODE HERE\n  throw notAnswered();\n}');
    expect(tests.source).toBe('if (double(2) !== 4) throw new Error("double(2) should be 4");');
    const meta = tests.metadata.nbgrader as NbgraderMetadata;
    expect(meta).toMatchObject({ schema_version: 3, grade: true, solution: false, locked: true, grade_id: "ex1-tests", points: 2 });
    expect(meta.checksum).toMatch(/^[0-9a-f]{32}$/);
    expect(tests.metadata.editable).toBe(false);
    expect((solution.metadata.nbgrader as NbgraderMetadata).solution).toBe(true);
    expect(solution.metadata.editable).toBeUndefined();
  });

  it("lessonNotebook(text) refuses a lesson whose exercises come before an import of notAnswered", () => {
    expect(() => lessonNotebook(lesson.replace("mlp, notAnswered", "mlp"), { file: "ex.md" })).toThrow('ex.md:7: student notebooks replace solutions with `throw notAnswered();` — import notAnswered from "nnlab"');
  });

  it("lessonNotebook(text, { version: 'teacher' }) keeps solutions and hidden tests, without markers", () => {
    const nb = lessonNotebook(lesson, { version: "teacher" });
    expect(nb.cells[2].source).toBe("function double(x: number): number {\n  return 2 * x;\n}");
    expect(nb.cells[3].source).toContain("double(-3)");
    expect(nb.cells[3].source).not.toContain("HIDDEN");
  });

  it("lessonNotebook(text, { version: 'nbgrader' }) is nbgrader's source version: markers kept, no checksums", () => {
    const nb = lessonNotebook(lesson, { version: "nbgrader" });
    expect(nb.cells[2].source).toBe("function double(x: number): number {\n  // BEGIN SOLUTION\n  return 2 * x;\n  // END SOLUTION\n}");
    expect(nb.cells[3].source).toContain("// BEGIN HIDDEN TESTS\nif (double(-3)");
    expect(nb.cells.map((c) => (c.metadata.nbgrader as NbgraderMetadata | undefined)?.checksum)).toEqual([undefined, undefined, undefined, undefined]);
    expect(nb.cells[3].metadata.nbgrader).toMatchObject({ grade: true, solution: false, locked: true, grade_id: "ex1-tests", points: 2 });
  });

  it("serializeNotebook(lessonNotebook(text)) is byte-identical on every run, with sorted keys and line arrays", () => {
    const a = serializeNotebook(lessonNotebook(lesson));
    expect(serializeNotebook(lessonNotebook(lesson))).toBe(a);
    const parsed = JSON.parse(a);
    expect(Object.keys(parsed)).toEqual(["cells", "metadata", "nbformat", "nbformat_minor"]);
    expect(parsed.cells[2].source).toEqual(["function double(x: number): number {\n", "  // YOUR CODE HERE\n", "  throw notAnswered();\n", "}"]);
  });

  it("lessonNotebook(text) rejects graded cells without grade_id, points, markers, or with a duplicate grade_id", () => {
    const cell = (options: string, body = "// BEGIN SOLUTION\nx\n// END SOLUTION") => `\`\`\`{code-cell} typescript\n${options}\n${body}\n\`\`\``;
    expect(() => lessonNotebook(cell(":nbgrader: solution"), { file: "l.md" })).toThrow("l.md:1: a solution cell needs :grade_id:");
    expect(() => lessonNotebook(cell(":nbgrader: tests\n:grade_id: t"), { file: "l.md" })).toThrow("a tests cell needs :points: > 0");
    expect(() => lessonNotebook(cell(":nbgrader: solution\n:grade_id: s", "x"))).toThrow("needs // BEGIN SOLUTION");
    expect(() => lessonNotebook(cell(":nbgrader: answer\n:grade_id: s"))).toThrow(":nbgrader: must be one of solution, tests, locked");
    expect(() => lessonNotebook(`${cell(":nbgrader: solution\n:grade_id: s")}\n\n${cell(":nbgrader: solution\n:grade_id: s")}`)).toThrow('grade_id "s" is used twice');
    expect(() => lessonNotebook(cell(":tags: [x]"))).toThrow("markers but no :nbgrader: role");
  });
});
