import type { GradeRow } from "./gradebook";
import type { GradedItem, Lesson } from "./prepare";

/** What the runner saw when it executed one code cell (nnlab_grade.py). */
export interface CellOutcome {
  index: number;
  status: "ok" | "error" | "timeout" | "crashed" | "not-run";
  ename?: string | null;
  evalue?: string | null;
  /** What the cell wrote to stderr: an exercise check's ✗ or "not answered yet" line. */
  stderr?: string | null;
  seconds?: number;
  /** The sandbox's limits this cell reached ("memory limit 2 GiB reached"). */
  limits?: string[];
}

/**
 * The gradebook rows of one executed submission, in lesson order: one per
 * tests cell, scoring its points only if that cell itself ran, raised nothing
 * and wrote nothing to stderr (where checks report a wrong or missing answer,
 * as nbgrader scores it); plus a 0-point row for each read-only or answer cell the student
 * edited or deleted. A tests cell with no outcome was never executed: 0. The
 * sandbox limits reached by the cells since the previous tests cell (the last
 * tests row: by any later cell too) are named on a tests row in brackets.
 */
export function scoreSubmission(student: string, notebook: string, items: readonly GradedItem[], outcomes: readonly CellOutcome[], runnerError?: string | null): GradeRow[] {
  const byIndex = new Map(outcomes.map((o) => [o.index, o]));
  const rows: GradeRow[] = [];
  let answer = "";
  let since = -1; // the limits of every cell after the previous tests cell, up to this one, go on its row
  const lastTest = Math.max(-1, ...items.filter((i) => i.role === "tests" && i.index !== undefined).map((i) => i.index!));
  const limitsUpTo = (index: number, all = false) => {
    const reached = outcomes.filter((o) => o.index > since && (all || o.index <= index)).flatMap((o) => o.limits ?? []);
    since = index;
    return reached.length ? ` [${[...new Set(reached)].join("; ")}]` : "";
  };
  for (const item of items) {
    const base = { student, notebook, grade_id: item.gradeId };
    if (item.role === "solution") answer = answerTrouble(item, item.index === undefined ? undefined : byIndex.get(item.index));
    if (item.role !== "tests") {
      if (item.remark) rows.push({ ...base, points: 0, max_points: 0, status: item.remark.kind, message: item.remark.message });
      continue;
    }
    const outcome = item.index === undefined ? undefined : byIndex.get(item.index);
    const { status, message } = judge(outcome, runnerError);
    const remark = item.remark ? ` (${item.remark.message})` : "";
    const cause = status !== "passed" && answer ? ` — ${answer}` : "";
    const limits = item.index === undefined ? "" : limitsUpTo(item.index, item.index === lastTest);
    rows.push({ ...base, points: status === "passed" ? item.points : 0, max_points: item.points, status, message: (message + limits + cause + remark).trim() });
  }
  return rows;
}

/** What went wrong in an answer cell, said for the rows of the tests after it ("" if it ran). */
function answerTrouble(item: GradedItem, outcome: CellOutcome | undefined): string {
  const cell = `your answer cell "${item.gradeId}"`;
  switch (outcome?.status) {
    case "error":
      return `${cell} raised ${outcome.ename ?? "Error"}: ${outcome.evalue ?? ""}`;
    case "timeout":
      return `${cell} ${outcome.evalue ?? "ran too long"}`;
    case "crashed":
      return `${cell} crashed the kernel`;
    default:
      return "";
  }
}

function judge(outcome: CellOutcome | undefined, runnerError?: string | null): Pick<GradeRow, "status" | "message"> {
  if (!outcome) return { status: "not-run", message: `this test cell was never executed${runnerError ? `: ${runnerError}` : ""}` };
  switch (outcome.status) {
    case "ok":
      return outcome.stderr?.trim() ? { status: "failed", message: outcome.stderr.trim().split("\n").join(" ") } : { status: "passed", message: "" };
    case "error":
      return { status: "failed", message: outcome.ename === "ExerciseError" ? outcome.evalue ?? "" : `${outcome.ename ?? "Error"}: ${outcome.evalue ?? ""}` };
    case "timeout":
      return { status: "timeout", message: `this test cell ${outcome.evalue ?? "ran too long"}` };
    case "crashed":
      return { status: "crashed", message: "the kernel died while this test cell ran (it was restarted for the next cells)" };
    default:
      return { status: "not-run", message: `this test cell was not executed: ${outcome.evalue ?? "unknown reason"}` };
  }
}

/**
 * Rows for a submission that could not be run: one per tests cell of the
 * lesson (0 points), or a single row when the lesson is unknown.
 */
export function invalidRows(student: string, notebook: string, lesson: Lesson | undefined, message: string): GradeRow[] {
  const tests = lesson ? lesson.student.cells.map((c) => (c.metadata as any).nbgrader).filter((m) => m?.grade) : [];
  if (tests.length === 0) return [{ student, notebook, grade_id: "", points: 0, max_points: 0, status: "invalid", message }];
  return tests.map((m) => ({ student, notebook, grade_id: m.grade_id, points: 0, max_points: m.points ?? 0, status: "invalid" as const, message }));
}
