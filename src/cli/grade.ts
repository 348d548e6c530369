/**
 * `nnlab grade <submissions…> --out DIR [--lessons DIR] [--timeout S]
 * [--notebook-timeout S] [--jobs N]` — grades student notebooks against the
 * lesson sources: each submission runs in its own fresh nnlab kernel (nbclient,
 * scripts/nnlab_grade.py) with its tests cells restored from the lesson,
 * hidden tests included. Writes DIR/gradebook.json and DIR/gradebook.csv
 * (merged with earlier runs: re-graded submissions replace their rows),
 * DIR/feedback/<student>/<notebook>.html and the executed notebooks in
 * DIR/autograded/. Submissions are only read.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { serializeNotebook } from "../assign";
import { gradebookCsv, gradebookJson, mergeRows, parseGradebook, total, type GradeRow } from "../assign/gradebook";
import { loadLesson, prepareSubmission, type GradedItem, type Lesson } from "../assign/gradePrepare";
import { invalidRows, scoreSubmission, type CellOutcome } from "../assign/gradeScore";
import { judgedOutcomes, judgeSubmissions, lessonWarnings, setupCode, showVerdicts } from "../assign/judge";
import { forObservation } from "../assign/observeTests";
import { packageRoot } from "../kernel/resolve";
import { Args, stringOption } from "./args";
import { feedbackPages } from "./gradeFeedback";
import { findSubmissions, lookAlikeNames, safeSegment, type Submission } from "./gradeSubmissions";
import { kernelEnv } from "./kernelEnv";
import type { Notebook } from "./page";
import { formatTable } from "./table";

export interface GradeOptions {
  out: string;
  lessons: string;
  cellTimeout: number;
  notebookTimeout: number;
  jobs: number;
}

interface Graded {
  submission: Submission;
  rows: GradeRow[];
  seconds?: number;
  executed?: string;
  items?: GradedItem[];
  lesson?: Lesson;
}

interface RunnerResult {
  id: string;
  seconds: number;
  restarts: number;
  error: string | null;
  cells: CellOutcome[];
}

/** Grades `submissions`; returns one entry per submission, rows in lesson order. */
export function gradeSubmissions(submissions: readonly Submission[], options: GradeOptions): Graded[] {
  const lessons = new Map<string, Lesson | string>();
  const lessonOf = (name: string): Lesson | string => {
    if (!lessons.has(name)) {
      const file = path.join(options.lessons, `${name}.md`);
      if (!existsSync(file)) lessons.set(name, `unknown lesson: there is no ${file} for this notebook (name the notebook after its lesson, or pass --lessons DIR)`);
      else {
        try {
          lessons.set(name, loadLesson(readFileSync(file, "utf8"), name));
        } catch (error) {
          lessons.set(name, `the lesson ${file} has an error: ${(error as Error).message}`);
        }
      }
    }
    return lessons.get(name)!;
  };
  const work = mkdtempSync(path.join(os.tmpdir(), "nnlab-grade-"));
  try {
    const graded: Graded[] = [];
    const jobs: { id: string; notebook: string; out: string; cwd: string; setup: string }[] = [];
    const entries = new Map<string, Graded>();
    const lookAlike = lookAlikeNames([...new Set(submissions.map((s) => s.student))]);
    submissions.forEach((submission, k) => {
      const { student, notebook } = submission;
      const clash = lookAlike.get(student);
      if (clash) return graded.push({ submission, rows: invalidRows(student, notebook, undefined, clash) });
      const lesson = lessonOf(submission.lesson);
      if (typeof lesson === "string") return graded.push({ submission, rows: invalidRows(student, notebook, undefined, lesson) });
      let text: string;
      try {
        text = readFileSync(submission.file, "utf8");
      } catch (error) {
        return graded.push({ submission, rows: invalidRows(student, notebook, lesson, `could not read the file: ${(error as Error).message}`) });
      }
      const prepared = prepareSubmission(text, lesson);
      if (!prepared.ok) return graded.push({ submission, rows: invalidRows(student, notebook, lesson, prepared.message) });
      const cwd = path.join(work, String(k));
      mkdirSync(cwd, { recursive: true });
      const input = path.join(cwd, `${submission.lesson}.ipynb`);
      const tests = prepared.items.filter((i) => i.role === "tests" && i.index !== undefined).map((i) => i.index!);
      writeFileSync(input, serializeNotebook(forObservation(prepared.notebook, tests)));
      const executed = path.join(options.out, "autograded", ...[student, ...notebook.split("/")].map(safeSegment)) + ".ipynb";
      jobs.push({ id: String(k), notebook: input, out: executed, cwd, setup: setupCode("observe") });
      const entry: Graded = { submission, rows: [], executed, items: prepared.items, lesson };
      entries.set(String(k), entry);
      graded.push(entry);
    });
    const results = jobs.length > 0 ? runJobs(jobs, options, work) : new Map<string, RunnerResult>();
    const observed = jobs.filter((job) => results.has(job.id)).map((job) => ({ id: job.id, lesson: entries.get(job.id)!.lesson!, items: entries.get(job.id)!.items!, cells: results.get(job.id)!.cells }));
    const { verdicts, errors } = observed.length > 0 ? judge(observed, options, work) : { verdicts: new Map(), errors: new Map<string, string>() };
    jobs.forEach((job) => {
      const entry = entries.get(job.id)!;
      const result = results.get(job.id);
      entry.seconds = result?.seconds;
      const error = result ? result.error : "the grading runner stopped before this submission";
      const cells = judgedOutcomes(entry.items!, result?.cells ?? [], verdicts.get(job.id), errors.get(entry.lesson!.name));
      entry.rows = scoreSubmission(entry.submission.student, entry.submission.notebook, entry.items!, cells, error);
      if (!result || !existsSync(job.out)) entry.executed = undefined;
      else showVerdicts(job.out, entry.items!, entry.lesson!, verdicts.get(job.id));
    });
    return graded;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** How scripts/nnlab_grade.py starts a result line (the kernels write to the same stdout). */
const RESULT_MARK = "nnlab-grade: ";

function runJobs(jobs: readonly object[], options: GradeOptions, work: string): Map<string, RunnerResult> {
  const spec = path.join(work, "jobs.json");
  writeFileSync(spec, JSON.stringify({ kernel: "nnlab", cell_timeout: options.cellTimeout, notebook_timeout: options.notebookTimeout, jobs: options.jobs, submissions: jobs }));
  const kernel = kernelEnv();
  try {
    const rounds = Math.ceil(jobs.length / options.jobs);
    const result = spawnSync(kernel.python, [path.join(packageRoot(), "scripts", "nnlab_grade.py"), spec], {
      // No V8 code cache for submissions' kernels: code read from it runs, and a submission could write it.
      env: { ...kernel.env, NNLAB_CODE_CACHE: "" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
      timeout: (rounds * (options.notebookTimeout + 120) + 60) * 1000,
    });
    const results = new Map<string, RunnerResult>();
    for (const line of (result.stdout ?? "").split("\n").filter((l) => l.startsWith(RESULT_MARK))) {
      const parsed = JSON.parse(line.slice(RESULT_MARK.length)) as RunnerResult;
      results.set(parsed.id, parsed);
    }
    if (results.size < jobs.length) console.error(`nnlab grade: the runner stopped (exit ${result.status ?? result.signal}):\n${(result.stderr ?? "").slice(-2000)}`);
    return results;
  } finally {
    kernel.dispose();
  }
}

/** Judges the recorded answers in a trusted kernel per lesson (src/assign/judge.ts). */
function judge(observed: Parameters<typeof judgeSubmissions>[0], options: GradeOptions, work: string): ReturnType<typeof judgeSubmissions> {
  for (const lesson of new Set(observed.map((o) => o.lesson))) lessonWarnings(lesson).forEach((w) => console.error(w));
  const kernel = kernelEnv();
  const start = Date.now();
  try {
    const env = { ...kernel.env, NNLAB_CODE_CACHE: "" };
    return judgeSubmissions(observed, { cellTimeout: options.cellTimeout, jobs: options.jobs, python: kernel.python, env, script: path.join(packageRoot(), "scripts", "nnlab_judge.py"), work });
  } finally {
    const lessons = new Set(observed.map((o) => o.lesson.name)).size;
    console.log(`Judged ${observed.length} submission(s) in ${lessons} trusted kernel(s), one per lesson: ${((Date.now() - start) / 1000).toFixed(1)} s`);
    kernel.dispose();
  }
}

/** Writes the gradebook (merged with `previous`) and the feedback pages. */
export function writeResults(out: string, previous: readonly GradeRow[], graded: readonly Graded[]): GradeRow[] {
  const rows = mergeRows(previous, graded.flatMap((g) => g.rows));
  const pages = feedbackPages(graded.map((g) => ({
    title: `${g.submission.student} — ${g.submission.notebook}`,
    rows: g.rows,
    notebook: g.executed ? (JSON.parse(readFileSync(g.executed, "utf8")) as Notebook) : undefined,
    items: g.items,
  })));
  graded.forEach((g, k) => writeAtomically(path.join(out, "feedback", ...[g.submission.student, ...g.submission.notebook.split("/")].map(safeSegment)) + ".html", pages[k]));
  writeAtomically(path.join(out, "gradebook.json"), gradebookJson(rows));
  writeAtomically(path.join(out, "gradebook.csv"), gradebookCsv(rows));
  return rows;
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

function positive(args: Args, fallback: number, ...names: string[]): number {
  const text = stringOption(args, ...names);
  const value = text === undefined ? fallback : Number(text);
  if (!(value > 0)) throw new Error(`nnlab grade: --${names[0]} must be a number of ${names[0] === "jobs" ? "parallel kernels" : "seconds"} > 0, found ${text}.`);
  return value;
}

const GRADE_USAGE = "usage: nnlab grade <notebook.ipynb | folder>... --out DIR [--lessons DIR] [--timeout S] [--notebook-timeout S] [--jobs N]";

export function gradeCommand(args: Args): number {
  if (args.options.help || args.options.h) {
    console.log(GRADE_USAGE);
    return 0;
  }
  const out = stringOption(args, "out", "o");
  if (!out || args.positional.length === 0) {
    console.error(GRADE_USAGE);
    return 2;
  }
  const lessons = stringOption(args, "lessons") ?? (existsSync("lessons") ? "lessons" : path.join(packageRoot(), "lessons"));
  if (!existsSync(lessons)) {
    console.error(`nnlab grade: no lessons folder ${lessons} (pass --lessons DIR)`);
    return 1;
  }
  const options: GradeOptions = {
    out: path.resolve(out),
    lessons,
    cellTimeout: positive(args, 60, "timeout", "cell-timeout"),
    notebookTimeout: positive(args, 600, "notebook-timeout"),
    jobs: Math.floor(positive(args, Math.max(1, Math.min(4, os.cpus().length)), "jobs")),
  };
  const book = path.join(options.out, "gradebook.json");
  const previous = existsSync(book) ? parseGradebook(readFileSync(book, "utf8"), book) : [];
  // never grade our own output (an --out folder inside the submissions folder)
  const submissions = findSubmissions(args.positional).filter((s) => !path.resolve(s.file).startsWith(options.out + path.sep));
  if (submissions.length === 0) {
    console.error("nnlab grade: no notebooks (.ipynb) found.");
    return 1;
  }
  const graded = gradeSubmissions(submissions, options);
  writeResults(options.out, previous, graded);
  const table = graded.map((g) => {
    const { points, max_points } = total(g.rows);
    const trouble = [...new Set(g.rows.filter((r) => r.status !== "passed").map((r) => r.status))].join(", ");
    return [g.submission.student, g.submission.notebook, `${points}/${max_points}`, g.seconds === undefined ? "-" : g.seconds.toFixed(1), trouble];
  });
  console.log(formatTable(["student", "notebook", "points", "seconds", "not passed"], table));
  console.log(`\nGradebook: ${path.join(options.out, "gradebook.csv")} (and .json); feedback pages in ${path.join(options.out, "feedback")}`);
  return 0;
}
