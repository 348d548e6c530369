/**
 * Where a graded submission's verdicts come from. Its own kernel ran its
 * tests cells in observe mode, expectations taken out (./observeTests.ts):
 * the checks there only recorded the answers. Here a trusted kernel runs the
 * teacher's notebook of each lesson once (nnlab_judge.py, next to this file) and, at each
 * tests cell, judges every submission's recorded answers for it against the
 * expectations it computes itself. A tests cell's score is that judgement's
 * outcome; nothing the student's kernel printed (stdout, stderr, fake ✓
 * lines, fake verdicts) counts, and the checks it ran may have been replaced
 * without gaining anything.
 */
import { spawnSync } from "child_process";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { brief } from "../../lesson/observation";
import { readNotebook, serializeNotebook } from "../../ipynb";
import type { GradedItem, Lesson } from "./prepare";
import type { CellOutcome } from "./score";
import { checksJudgedByTheStudent } from "./observeTests";

/** Code that puts a kernel's checks in observe mode (the submissions' kernels) or judge mode (the trusted one). */
export const setupCode = (mode: "observe" | "judge"): string => `(globalThis as any)[Symbol.for("nnlab.checkMode")] = ${JSON.stringify(mode)};`;

/** What the trusted kernel made of one tests cell of one submission. */
export interface Judgement {
  status: CellOutcome["status"];
  ename?: string | null;
  evalue?: string | null;
  stderr?: string | null;
  outputs: unknown[];
  seconds?: number;
}

/** One submission to judge: its id, its graded cells and what its own kernel did with them. */
export interface Observed {
  id: string;
  lesson: Lesson;
  items: readonly GradedItem[];
  cells: readonly (CellOutcome & { observations?: unknown[] })[];
}

export interface JudgeOptions {
  cellTimeout: number;
  jobs: number;
  python: string;
  env: NodeJS.ProcessEnv;
  script: string;
  work: string;
}

/** Why a tests cell's answers may be missing, said to the student (short, from the student's kernel). */
function trouble(outcome: CellOutcome | undefined): string | undefined {
  if (!outcome) return "this test cell did not run in your notebook";
  if (outcome.status === "error") return `in your notebook this test cell raised ${brief(outcome.ename ?? "an error", 40)}: ${brief(outcome.evalue ?? "", 100)}`;
  if (outcome.status !== "ok") return `in your notebook this test cell ${outcome.status === "timeout" ? "ran out of time" : outcome.status === "crashed" ? "crashed the kernel" : "did not run"}`;
  return undefined;
}

/**
 * Judges the submissions, one trusted kernel per lesson (up to `jobs` at a
 * time). Returns, per submission id, the judgement of each tests cell by
 * grade_id, and per lesson the reason it could not be judged, if any.
 */
export function judgeSubmissions(submissions: readonly Observed[], options: JudgeOptions): { verdicts: Map<string, Map<string, Judgement>>; errors: Map<string, string> } {
  const byLesson = new Map<string, Observed[]>();
  for (const s of submissions) byLesson.set(s.lesson.name, [...(byLesson.get(s.lesson.name) ?? []), s]);
  const lessons = [...byLesson.entries()].map(([name, group], k) => {
    const cwd = path.join(options.work, `judge-${k}`);
    mkdirSync(cwd, { recursive: true });
    const notebook = path.join(cwd, `${name}.ipynb`);
    writeFileSync(notebook, serializeNotebook(group[0].lesson.teacher));
    return {
      lesson: name,
      notebook,
      cwd,
      submissions: group.map((s) => {
        const byIndex = new Map(s.cells.map((c) => [c.index, c]));
        const cells: Record<string, { observations: unknown[]; trouble?: string }> = {};
        for (const item of s.items) {
          if (item.role !== "tests") continue;
          const outcome = item.index === undefined ? undefined : byIndex.get(item.index);
          cells[item.gradeId] = { observations: outcome?.observations ?? [], trouble: trouble(outcome) };
        }
        return { id: s.id, cells };
      }),
    };
  });
  const spec = path.join(options.work, "judge.json");
  const result = path.join(options.work, "judged.json");
  writeFileSync(spec, JSON.stringify({ kernel: "nnlab", cell_timeout: options.cellTimeout, jobs: options.jobs, setup: setupCode("judge"), lessons }));
  const run = spawnSync(options.python, [options.script, spec, result], { env: options.env, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  const verdicts = new Map<string, Map<string, Judgement>>();
  const errors = new Map<string, string>();
  let parsed: Record<string, { error: string | null; submissions: Record<string, Record<string, Judgement>> }> = {};
  try {
    parsed = JSON.parse(readFileSync(result, "utf8"));
  } catch {
    const why = `the judging runner stopped (exit ${run.status ?? run.signal}): ${(run.stderr ?? "").slice(-500)}`;
    for (const name of byLesson.keys()) errors.set(name, why);
  }
  for (const [name, lesson] of Object.entries(parsed)) {
    if (lesson.error) errors.set(name, lesson.error);
    for (const [id, cells] of Object.entries(lesson.submissions ?? {})) verdicts.set(id, new Map(Object.entries(cells)));
  }
  return { verdicts, errors };
}

/**
 * The outcome of each cell to score a submission by: its own kernel's
 * outcome for every cell but the tests cells that ran there (ok or error),
 * which take the trusted kernel's judgement instead. An error in the
 * student's kernel still fails its tests cell; a tests cell the trusted
 * kernel could not judge is not-run, with the reason.
 */
export function judgedOutcomes(items: readonly GradedItem[], cells: readonly CellOutcome[], judged: Map<string, Judgement> | undefined, lessonError?: string): CellOutcome[] {
  const tests = new Map(items.filter((i) => i.role === "tests" && i.index !== undefined).map((i) => [i.index!, i.gradeId]));
  return cells.map((cell) => {
    const gradeId = tests.get(cell.index);
    if (gradeId === undefined || (cell.status !== "ok" && cell.status !== "error")) return cell;
    const { observations: _, ...own } = cell as CellOutcome & { observations?: unknown };
    const judgement = judged?.get(gradeId);
    if (!judgement) return { ...own, status: "not-run", stderr: null, evalue: `the trusted kernel could not judge it${lessonError ? `: ${lessonError}` : ""}` };
    if (cell.status === "error") return { ...own, evalue: brief(own.evalue ?? "", 160), stderr: null };
    return { index: cell.index, status: judgement.status, ename: judgement.ename, evalue: judgement.evalue, stderr: judgement.stderr, seconds: cell.seconds };
  });
}

/**
 * Rewrites the executed notebook so its tests cells show the lesson's test
 * (hidden tests in, for the teacher) and the trusted kernel's verdicts as
 * their outputs, not what the student's kernel printed there. Feedback pages
 * are made from this notebook.
 */
export function showVerdicts(file: string, items: readonly GradedItem[], lesson: Lesson, judged: Map<string, Judgement> | undefined): void {
  const notebook = readNotebook(readFileSync(file, "utf8"));
  const teacher = new Map(lesson.teacher.cells.map((c) => [(c.metadata as { nbgrader?: { grade_id?: string } }).nbgrader?.grade_id, c.source]));
  for (const item of items) {
    if (item.role !== "tests" || item.index === undefined) continue;
    const cell = notebook.cells[item.index];
    if (!cell) continue;
    const judgement = judged?.get(item.gradeId);
    const ownErrors = (cell.outputs ?? []).filter((o) => (o as { output_type?: string }).output_type === "error");
    cell.source = teacher.get(item.gradeId) ?? cell.source;
    cell.outputs = [...(judgement?.outputs ?? []), ...ownErrors] as NonNullable<typeof cell.outputs>;
  }
  writeFileSync(file, serializeNotebook(notebook));
}

/** Warnings for a teacher: checks of `lesson` whose verdict a submission's kernel would compute (see checksJudgedByTheStudent). */
export function lessonWarnings(lesson: Lesson): string[] {
  return lesson.teacher.cells.flatMap((cell) => {
    const meta = (cell.metadata as { nbgrader?: { grade?: boolean; grade_id?: string } }).nbgrader;
    if (!meta?.grade) return [];
    return checksJudgedByTheStudent(cell.source).map(({ line, text }) =>
      `nnlab grade: warning: ${lesson.name}, tests cell "${meta.grade_id}", line ${line}: ${text} — checkThat(condition, options) takes the submission's word for the condition; write checkThat(answer, predicate, options) so the predicate runs in the trusted kernel.`);
  });
}
