import { describe, expect, it } from "vitest";
import { lessonNotebook, loadLesson, prepareSubmission, serializeNotebook, type Notebook } from "../../../src/assign";
import { doubleExercise } from "../fixtures";

const lessonText = [
  "# Exercise",
  "",
  "```{code-cell} typescript",
  "import { notAnswered } from \"nnlab\";",
  "const k = 2;",
  "```",
  "",
  "```{code-cell} typescript",
  ":nbgrader: locked",
  ":grade_id: setup",
  "const data = [1, 2, 3];",
  "```",
  "",
  ...doubleExercise,
].join("\n");

const lesson = loadLesson(lessonText, "01-double");
const released = (): Notebook => JSON.parse(serializeNotebook(lessonNotebook(lessonText, { file: "01-double.md" })));
const text = (nb: Notebook) => JSON.stringify(nb);
const cell = (nb: Notebook, id: string) => nb.cells.find((c) => c.id === id)!;
const sourceOf = (nb: Notebook, id: string) => cell(nb, id).source;
const without = (nb: Notebook, id: string) => nb.cells.splice(nb.cells.indexOf(cell(nb, id)), 1);

function prepared(nb: Notebook) {
  const result = prepareSubmission(text(nb), lesson);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("prepareSubmission", () => {
  it("prepareSubmission(student notebook) restores the hidden tests and keeps the student's answer", () => {
    const nb = released();
    cell(nb, "ex1").source = ["function double(x: number): number {\n", "  return x + x;\n", "}"] as unknown as string;
    const { notebook, items } = prepared(nb);
    expect(sourceOf(notebook, "ex1")).toBe("function double(x: number): number {\n  return x + x;\n}");
    expect(sourceOf(notebook, "ex1-tests")).toContain("double(-3) !== -6");
    expect(sourceOf(notebook, "ex1-tests")).not.toContain("BEGIN HIDDEN");
    expect(items.map((i) => [i.gradeId, i.role, i.points, i.index, i.remark])).toEqual([
      ["setup", "locked", 0, 2, undefined],
      ["ex1", "solution", 0, 3, undefined],
      ["ex1-tests", "tests", 2, 4, undefined],
    ]);
    expect(notebook.metadata.kernelspec).toMatchObject({ name: "nnlab" });
  });

  it("prepareSubmission(weakened test) runs the lesson's test and says the cell was edited", () => {
    const nb = released();
    cell(nb, "ex1-tests").source = "// all good";
    const { notebook, items } = prepared(nb);
    expect(sourceOf(notebook, "ex1-tests")).toContain("double(2) !== 4");
    expect(items[2].remark).toEqual({ kind: "changed", message: expect.stringContaining("edited") });
  });

  it("prepareSubmission(deleted test cell) puts the lesson's test back after the answer", () => {
    const nb = released();
    without(nb, "ex1-tests");
    nb.cells.push({ id: "mine", cell_type: "code", metadata: {}, source: "double(1)", execution_count: null, outputs: [] });
    const { notebook, items } = prepared(nb);
    expect(notebook.cells.map((c) => c.id)).toEqual(["cell-0", "cell-1", "setup", "ex1", "ex1-tests", "mine"]);
    expect(items[2]).toMatchObject({ index: 4, remark: { kind: "missing" } });
  });

  it("prepareSubmission(edited or deleted read-only cell) flags it and runs the lesson's version", () => {
    const edited = released();
    cell(edited, "setup").source = "const data = [];";
    const a = prepared(edited);
    expect(sourceOf(a.notebook, "setup")).toBe("const data = [1, 2, 3];");
    expect(a.items[0].remark?.kind).toBe("changed");
    const deleted = released();
    without(deleted, "setup");
    const b = prepared(deleted);
    expect(b.notebook.cells.map((c) => c.id)).toEqual(["cell-0", "cell-1", "setup", "ex1", "ex1-tests"]);
    expect(b.items[0].remark?.kind).toBe("missing");
  });

  it("prepareSubmission(deleted answer cell) flags it and leaves it out", () => {
    const nb = released();
    without(nb, "ex1");
    const { notebook, items } = prepared(nb);
    expect(notebook.cells.map((c) => c.id)).toEqual(["cell-0", "cell-1", "setup", "ex1-tests"]);
    expect(items[1].index).toBeUndefined();
    expect(items[1].remark?.kind).toBe("missing");
  });

  it("prepareSubmission(copied test cell) grades the first copy; the others run as plain cells", () => {
    const nb = released();
    nb.cells.push({ ...cell(nb, "ex1-tests"), id: "copy", source: "1" });
    const { notebook, items } = prepared(nb);
    expect(items[2].index).toBe(4);
    expect(cell(notebook, "copy").metadata.nbgrader).toBeUndefined();
  });

  it("prepareSubmission clears outputs and execution counts", () => {
    const nb = released();
    cell(nb, "cell-1").outputs = [{ output_type: "stream", name: "stdout", text: "old" }];
    cell(nb, "cell-1").execution_count = 7;
    const { notebook } = prepared(nb);
    expect(cell(notebook, "cell-1")).toMatchObject({ outputs: [], execution_count: null });
  });

  it("prepareSubmission(bad input) says what is wrong", () => {
    const python = released();
    python.metadata = { kernelspec: { name: "python3", display_name: "Python 3", language: "python" } };
    const messages = ["{ nope", "[]", JSON.stringify({ nbformat: 3, worksheets: [] }), text(python)].map((t) => {
      const result = prepareSubmission(t, lesson);
      return result.ok ? "ok" : result.message;
    });
    expect(messages[0]).toMatch(/^not valid JSON/);
    expect(messages[1]).toMatch(/^not a Jupyter notebook/);
    expect(messages[2]).toMatch(/^not a Jupyter notebook/);
    expect(messages[3]).toMatch(/"Python 3" kernel \(python\), not nnlab's TypeScript kernel/);
  });
});
