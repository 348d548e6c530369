/**
 * The gradebook: one row per student × graded cell, kept as `gradebook.json`
 * and `gradebook.csv`. Re-grading a submission replaces its rows (newest wins)
 * and keeps every other student's and notebook's rows.
 */
import { messages } from "../messages";

/**
 * What happened to a graded cell:
 * - passed: the test cell ran and raised nothing (full points);
 * - failed: it raised (a wrong answer, a TypeScript error, an earlier cell's mistake);
 * - timeout: it ran past the time limit and was stopped;
 * - crashed: the kernel died while it ran;
 * - not-run: it was never executed (the notebook's time ran out, the kernel could not be restarted);
 * - invalid: the submission could not be graded at all (bad JSON, another kernel, unknown lesson);
 * - changed: a read-only cell was edited (0 of 0 points, a flag for the teacher);
 * - missing: a graded or read-only cell was deleted (0 of 0 points, a flag).
 * Only "passed" scores points.
 */
export const Statuses = ["passed", "failed", "timeout", "crashed", "not-run", "invalid", "changed", "missing"] as const;
export type Status = (typeof Statuses)[number];

export interface GradeRow {
  student: string;
  notebook: string;
  grade_id: string;
  points: number;
  max_points: number;
  status: Status;
  message: string;
}

export const COLUMNS = ["student", "notebook", "grade_id", "points", "max_points", "status", "message"] as const;

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `previous` with every (student, notebook) that `fresh` grades replaced by
 * the fresh rows; sorted by student, then notebook, each submission's rows in
 * lesson order.
 */
export function mergeRows(previous: readonly GradeRow[], fresh: readonly GradeRow[]): GradeRow[] {
  const key = (row: GradeRow) => `${row.student}\u0000${row.notebook}`;
  const regraded = new Set(fresh.map(key));
  return [...previous.filter((row) => !regraded.has(key(row))), ...fresh]
    .map((row, order) => ({ row, order }))
    .sort((a, b) => byName(a.row.student, b.row.student) || byName(a.row.notebook, b.row.notebook) || a.order - b.order)
    .map(({ row }) => row);
}

/** The rows of a `gradebook.json` text; throws if it is not one. */
export function parseGradebook(text: string, file = "gradebook.json"): GradeRow[] {
  const rows: unknown = JSON.parse(text);
  const isRow = (row: any) => row && typeof row.student === "string" && typeof row.notebook === "string" && typeof row.grade_id === "string";
  if (!Array.isArray(rows) || !rows.every(isRow)) throw new Error(messages.notGradebook(file));
  return rows as GradeRow[];
}

export function gradebookJson(rows: readonly GradeRow[]): string {
  return `${JSON.stringify(rows.map((row) => Object.fromEntries(COLUMNS.map((c) => [c, row[c]]))), null, 1)}\n`;
}

/**
 * RFC 4180 CSV with a header line. A text field that a spreadsheet would read
 * as a formula (starting with =, +, -, @, a tab or a carriage return — a
 * student's folder name or an error message can) gets a leading apostrophe,
 * as OWASP advises against CSV injection; numbers stay numbers.
 */
export function gradebookCsv(rows: readonly GradeRow[]): string {
  const field = (value: string | number) => {
    const text = typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [COLUMNS.join(","), ...rows.map((row) => COLUMNS.map((c) => field(row[c])).join(","))].join("\r\n") + "\r\n";
}

/** Points and maximum of one submission's rows. */
export function total(rows: readonly GradeRow[]): { points: number; max_points: number } {
  return rows.reduce((sum, row) => ({ points: sum.points + row.points, max_points: sum.max_points + row.max_points }), { points: 0, max_points: 0 });
}
