import { cellChecksum } from "./checksum";
import { dropMarkers, hasSolution, stripHiddenTests, stripSolutions } from "./markers";
import { parseMyst, type MystCell } from "./myst";
import { notebookMetadata, type Notebook, type NotebookCell } from "../ipynb";
import type { NbgraderMetadata } from "./notebook";
import { messages } from "./messages";

/**
 * What a lesson cell is for graders, set with `:nbgrader:` in the cell's options:
 * - "solution": the student writes code here (needs `:grade_id:` and BEGIN/END SOLUTION markers);
 * - "tests": a graded test cell, read-only (needs `:grade_id:` and `:points:`; may hold hidden tests);
 * - "locked": read-only, checked for changes when grading (needs `:grade_id:`).
 */
export const Roles = ["solution", "tests", "locked"] as const;
export type Role = (typeof Roles)[number];

/**
 * "student": solutions stubbed, hidden tests removed. "teacher": everything in, markers dropped.
 * "nbgrader": nbgrader's source version — everything in, markers kept, no checksums
 * (`nbgrader generate_assignment` stubs the solutions, removes the hidden tests and
 * computes the checksums, giving the student version; see src/cli/nbgrader.ts).
 */
export type Version = "student" | "teacher" | "nbgrader";

/**
 * Turns a lesson source (MyST Markdown) into a notebook. The same source always
 * gives the same notebook, byte for byte once serialised.
 *
 * @example
 *   const nb = lessonNotebook(readFileSync("lessons/01-neuron.md", "utf8"), { file: "01-neuron.md" });
 *   writeFileSync("notebooks/01-neuron.ipynb", serializeNotebook(nb));
 */
export function lessonNotebook(text: string, { file = "lesson", version = "student" }: { file?: string; version?: Version } = {}): Notebook {
  const { cells } = parseMyst(text, file);
  const seen = new Set<string>();
  const released = cells.map((cell, k) => releaseCell(cell, k, file, version, seen));
  checkStubImport(cells, file);
  return {
    cells: released,
    metadata: { ...notebookMetadata },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

function releaseCell(cell: MystCell, index: number, file: string, version: Version, seen: Set<string>): NotebookCell {
  const where = `${file}:${cell.line}`;
  const { nbgrader: role, grade_id: gradeId, points, ...rest } = cell.metadata;
  const id = typeof gradeId === "string" ? gradeId : `cell-${index}`;
  if (cell.cell_type === "markdown" || role === undefined) {
    if (gradeId !== undefined || points !== undefined) throw new Error(messages.gradeIdWithoutRole(where));
    const source = cell.cell_type === "code" ? checkNoMarkers(cell.source, where) : cell.source;
    return cell.cell_type === "code"
      ? { id, cell_type: "code", metadata: rest, source, execution_count: null, outputs: [] }
      : { id, cell_type: "markdown", metadata: rest, source };
  }
  if (!(Roles as readonly unknown[]).includes(role)) throw new Error(messages.unknownRole(where, Roles, role));
  if (typeof gradeId !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(gradeId)) {
    throw new Error(messages.badGradeId(where, role, gradeId));
  }
  if (seen.has(gradeId)) throw new Error(messages.gradeIdTwice(where, gradeId));
  seen.add(gradeId);
  if (role === "tests" && !(typeof points === "number" && points > 0)) throw new Error(messages.testsNeedPoints(where, points));
  if (role === "solution" && !hasSolution(cell.source)) throw new Error(messages.solutionNeedsMarkers(where));
  if (role !== "tests" && cell.source.includes("// BEGIN HIDDEN TESTS")) throw new Error(messages.hiddenTestsOutsideTests(where));

  const source = version === "teacher"
    ? dropMarkers(cell.source)
    : version === "nbgrader"
      ? cell.source
      : stripHiddenTests(stripSolutions(cell.source, where), where);
  const nbgrader: NbgraderMetadata = {
    schema_version: 3,
    grade: role === "tests",
    solution: role === "solution",
    locked: role !== "solution",
    grade_id: gradeId,
    ...(role === "tests" ? { points: points as number } : {}),
  };
  if (version !== "nbgrader") nbgrader.checksum = cellChecksum(source, "code", nbgrader);
  const readOnly = role === "solution" ? {} : { editable: false, deletable: false };
  return { id, cell_type: "code", metadata: { ...rest, ...readOnly, nbgrader }, source, execution_count: null, outputs: [] };
}

/**
 * Student stubs call `notAnswered()`, so a lesson with exercises must import
 * it from nnlab before its first solution cell (else the stub would not compile).
 */
function checkStubImport(cells: readonly MystCell[], file: string): void {
  const first = cells.findIndex((cell) => cell.cell_type === "code" && cell.metadata.nbgrader === "solution");
  if (first < 0) return;
  const imports = cells.slice(0, first).some((cell) => cell.cell_type === "code" && /import\s*\{[^}]*\bnotAnswered\b[^}]*\}\s*from\s*["']nnlab["']/.test(cell.source));
  if (!imports) throw new Error(messages.stubImportMissing(file, cells[first].line));
}

function checkNoMarkers(source: string, where: string): string {
  if (/\/\/ (BEGIN|END) (SOLUTION|HIDDEN TESTS)/.test(source)) {
    throw new Error(messages.markersWithoutRole(where));
  }
  return source;
}
