import { cellChecksum } from "../checksum";
import { joinSource, notebookMetadata, type Notebook, type NotebookCell } from "../../ipynb";
import type { NbgraderMetadata } from "../notebook";
import { lessonNotebook, type Role } from "../release";

/** A lesson as grading needs it: its student notebook (checksums) and its teacher notebook (tests with hidden tests). */
export interface Lesson {
  name: string;
  student: Notebook;
  teacher: Notebook;
}

export function loadLesson(text: string, name: string): Lesson {
  const file = `${name}.md`;
  return { name, student: lessonNotebook(text, { file, version: "student" }), teacher: lessonNotebook(text, { file, version: "teacher" }) };
}

/** A cell of the lesson with an `:nbgrader:` role, and where it ended up in the notebook to run. */
export interface GradedItem {
  gradeId: string;
  role: Role;
  /** The test's points; 0 for solution and locked cells. */
  points: number;
  /** Position in the prepared notebook; undefined when the cell is missing and was not put back. */
  index?: number;
  /** The lesson's student version of the cell (hidden tests left out), for feedback. */
  studentSource: string;
  /** Something the teacher should know: the submission edited or deleted this cell. */
  remark?: { kind: "changed" | "missing"; message: string };
}

export type Prepared =
  | { ok: true; notebook: Notebook; items: GradedItem[] }
  | { ok: false; message: string };

const nbgraderOf = (cell: { metadata?: unknown }): NbgraderMetadata | undefined => {
  const meta = (cell.metadata as Record<string, any> | undefined)?.nbgrader;
  return meta && typeof meta.grade_id === "string" ? meta : undefined;
};
const roleOf = (meta: NbgraderMetadata): Role => (meta.grade ? "tests" : meta.solution ? "solution" : "locked");

/**
 * The notebook to run for a submission (`text`, the file's contents) of
 * `lesson`: outputs cleared; tests cells replaced by the lesson's (hidden
 * tests included) whatever the student did to them; read-only cells put back
 * as the lesson has them; deleted tests and read-only cells re-inserted where
 * the lesson has them. Solution cells are the student's. A text that is not
 * a notebook for the nnlab kernel gives `{ ok: false, message }`.
 */
export function prepareSubmission(text: string, lesson: Lesson): Prepared {
  let parsed: any;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not valid JSON, so not a notebook Jupyter can open (${(error as Error).message})` };
  }
  if (!parsed || typeof parsed !== "object" || !Array.isArray(parsed.cells) || parsed.nbformat !== 4) {
    return { ok: false, message: "not a Jupyter notebook (nbformat 4 with a list of cells)" };
  }
  const kernel = kernelProblem(parsed.metadata);
  if (kernel) return { ok: false, message: kernel };

  const lessonCells = lesson.student.cells;
  const graded = new Map<string, number>(); // grade_id → lesson index
  lessonCells.forEach((cell, k) => nbgraderOf(cell) && graded.set(nbgraderOf(cell)!.grade_id, k));
  const lessonIds = new Map(lessonCells.map((cell, k) => [cell.id, k]));

  // Each submission cell, normalised, with the lesson cell it corresponds to.
  const found = new Set<string>();
  const cells: { cell: NotebookCell; lessonIndex?: number }[] = (parsed.cells as any[]).map((raw, k) => {
    const type = raw?.cell_type === "markdown" || raw?.cell_type === "raw" ? raw.cell_type : "code";
    const metadata = { ...(raw?.metadata && typeof raw.metadata === "object" ? raw.metadata : {}) };
    const id = typeof raw?.id === "string" && raw.id !== "" ? raw.id : `submission-${k}`;
    const cell = { id, cell_type: type, metadata, source: joinSource(raw?.source) } as NotebookCell;
    if (type === "code") Object.assign(cell, { execution_count: null, outputs: [] });
    const gradeId = nbgraderOf(raw ?? {})?.grade_id ?? (graded.has(id) ? id : undefined);
    if (gradeId !== undefined && graded.has(gradeId) && !found.has(gradeId) && type === "code") {
      found.add(gradeId);
      return { cell, lessonIndex: graded.get(gradeId) };
    }
    delete metadata.nbgrader; // a copy or an unknown graded cell runs as a plain cell
    return { cell, lessonIndex: gradeId === undefined ? lessonIds.get(id) : undefined };
  });

  const items: GradedItem[] = [];
  for (const [gradeId, k] of graded) {
    const studentCell = lessonCells[k];
    const teacherCell = lesson.teacher.cells[k];
    const meta = nbgraderOf(studentCell)!;
    const item: GradedItem = { gradeId, role: roleOf(meta), points: meta.grade ? meta.points ?? 0 : 0, studentSource: studentCell.source };
    items.push(item);
    const at = cells.findIndex((c) => c.lessonIndex === k);
    const restored = { ...teacherCell, metadata: { ...teacherCell.metadata }, execution_count: null, outputs: [] };
    if (at < 0 && item.role === "solution") {
      item.remark = { kind: "missing", message: "the answer cell was deleted from the submission; its tests ran without it" };
      continue;
    }
    if (at < 0) {
      const after = cells.reduce((best, c, p) => (c.lessonIndex !== undefined && c.lessonIndex < k ? p : best), -1);
      const position = after < 0 ? cells.length : after + 1;
      cells.splice(position, 0, { cell: restored, lessonIndex: k });
      item.remark = { kind: "missing", message: `this ${item.role === "tests" ? "test" : "read-only"} cell was deleted from the submission; the lesson's cell was put back and run` };
      continue;
    }
    const submitted = cells[at].cell;
    if (item.role === "solution") {
      submitted.metadata = { ...submitted.metadata, nbgrader: { ...meta } };
      continue;
    }
    if (cellChecksum(submitted.source, "code", meta) !== meta.checksum) {
      const what = item.role === "tests" ? "this test cell was edited in the submission; the lesson's test was run instead" : "this read-only cell was edited in the submission; the lesson's version was run instead";
      item.remark = { kind: "changed", message: what };
    }
    cells[at].cell = restored;
  }

  const used = new Set<string>();
  const notebookCells = cells.map(({ cell }, k) => {
    const id = used.has(cell.id) ? `${cell.id}-${k}` : cell.id;
    used.add(id);
    return { ...cell, id };
  });
  notebookCells.forEach((cell, p) => {
    const gradeId = nbgraderOf(cell)?.grade_id;
    const item = gradeId === undefined ? undefined : items.find((i) => i.gradeId === gradeId);
    if (item && item.index === undefined) item.index = p;
  });
  return { ok: true, notebook: { cells: notebookCells, metadata: { ...notebookMetadata }, nbformat: 4, nbformat_minor: 5 }, items };
}

/** Why a notebook's metadata says it is not for the nnlab kernel, or undefined. */
function kernelProblem(metadata: any): string | undefined {
  const spec = metadata?.kernelspec;
  if (!spec || typeof spec !== "object") return undefined;
  const language = String(spec.language ?? metadata?.language_info?.name ?? "").toLowerCase();
  if (spec.name === "nnlab" || language === "typescript") return undefined;
  const name = spec.display_name ?? spec.name ?? "unknown";
  return `a notebook for the "${name}" kernel${language ? ` (${language})` : ""}, not nnlab's TypeScript kernel: start from the lesson's notebook`;
}
