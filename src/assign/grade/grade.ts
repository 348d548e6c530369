/**
 * Grading student notebooks against the lesson sources (`nnlab grade`): each
 * submission runs in its own fresh, sandboxed nnlab kernel (nbclient,
 * nnlab_grade.py next to this file, a helper speaking scripts/nnlab_protocol.py) with its tests cells restored from the lesson,
 * hidden tests included, in observe mode (its checks only record answers); a
 * trusted kernel per lesson then judges them (judge.ts). Writes DIR/gradebook.json and DIR/gradebook.csv
 * (merged with earlier runs: re-graded submissions replace their rows),
 * DIR/feedback/<student>/<notebook>.html and the executed notebooks in
 * DIR/autograded/. Submissions are only read.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { kernelEnv, type KernelEnv } from "../../cli/kernelEnv";
import { packageRoot } from "../../paths";
import { runHelper } from "../../python";
import { kernelSpec } from "../../kernel/spec";
import type { Notebook } from "../../ipynb";
import { serializeNotebook } from "../../ipynb";
import { feedbackPages } from "./feedback";
import { judgedOutcomes, judgeSubmissions, lessonWarnings, setupCode, showVerdicts } from "./judge";
import { forObservation } from "./observeTests";
import { gradebookCsv, gradebookJson, mergeRows, type GradeRow } from "./gradebook";
import { loadLesson, prepareSubmission, type GradedItem, type Lesson } from "./prepare";
import { invalidRows, scoreSubmission, type CellOutcome } from "./score";
import { prepareSandboxJob, sandboxArgv, type Limits, type Machine } from "./sandbox";
import { lookAlikeNames, safeSegment, type Submission } from "./submissions";

export interface GradeOptions {
  out: string;
  lessons: string;
  cellTimeout: number;
  notebookTimeout: number;
  jobs: number;
  /** The machine's isolation tools and the per-submission limits (see sandbox.ts). */
  sandbox: { machine: Machine; limits: Limits };
}

export interface Graded {
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
  /** Processes of the submission still alive after its kernel stopped (killed by the runner). */
  left?: number;
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
  let kernel: KernelEnv | undefined;
  /** The kernel's environment, made once for the runner and the judge, and only when there is something to run. */
  const kernelOnce = () => (kernel ??= kernelEnv());
  try {
    const graded: Graded[] = [];
    const jobs: { id: string; notebook: string; out: string; cwd: string; argv: string[]; kernel_dir: string; uid: number | null; setup: string }[] = [];
    const entries = new Map<string, Graded>();
    const lookAlike = lookAlikeNames([...new Set(submissions.map((s) => s.student))]);
    submissions.forEach((submission, k) => {
      const { student, notebook } = submission;
      if (submission.problem) return graded.push({ submission, rows: invalidRows(student, notebook, undefined, submission.problem) });
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
      const { machine, limits } = options.sandbox;
      const sandbox = prepareSandboxJob(machine, cwd, k, { text, name: path.basename(submission.file) });
      const argv = sandboxArgv(machine, limits, sandbox, kernelSpec(packageRoot()).argv, packageRoot());
      const uid = machine.root && machine.setpriv && machine.bwrap ? sandbox.uid : null;
      jobs.push({ id: String(k), notebook: input, out: executed, cwd, argv, kernel_dir: sandbox.kernelDir, uid, setup: setupCode("observe") });
      const entry: Graded = { submission, rows: [], executed, items: prepared.items, lesson };
      entries.set(String(k), entry);
      graded.push(entry);
    });
    const results = jobs.length > 0 ? runJobs(jobs, options, kernelOnce()) : new Map<string, RunnerResult>();
    const observed = jobs.filter((job) => results.has(job.id)).map((job) => ({ id: job.id, lesson: entries.get(job.id)!.lesson!, items: entries.get(job.id)!.items!, cells: results.get(job.id)!.cells }));
    const { verdicts, errors } = observed.length > 0 ? judge(observed, options, work, kernelOnce()) : { verdicts: new Map(), errors: new Map<string, string>() };
    jobs.forEach((job) => {
      const entry = entries.get(job.id)!;
      const result = results.get(job.id);
      entry.seconds = result?.seconds;
      if (result?.left) console.error(`nnlab grade: ${result.left} process(es) of ${entry.submission.student}'s submission outlived its kernel; they were killed before its row was written`);
      const error = result ? result.error : "the grading runner stopped before this submission";
      const cells = judgedOutcomes(entry.items!, result?.cells ?? [], verdicts.get(job.id), errors.get(entry.lesson!.name));
      entry.rows = scoreSubmission(entry.submission.student, entry.submission.notebook, entry.items!, cells, error);
      if (!result || !existsSync(job.out)) entry.executed = undefined;
      else showVerdicts(job.out, entry.items!, entry.lesson!, verdicts.get(job.id));
    });
    return graded;
  } finally {
    kernel?.dispose();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The kernels' environment without a V8 code cache: code read from it runs, and a submission could write it. */
const withoutCodeCache = (kernel: KernelEnv): NodeJS.ProcessEnv => ({ ...kernel.env, NNLAB_CODE_CACHE: "" });

function runJobs(jobs: readonly object[], options: GradeOptions, kernel: KernelEnv): Map<string, RunnerResult> {
  const limits = options.sandbox.limits;
  const spec = JSON.stringify({ kernel: "nnlab", cell_timeout: options.cellTimeout, notebook_timeout: options.notebookTimeout, jobs: options.jobs, limits, submissions: jobs });
  const rounds = Math.ceil(jobs.length / options.jobs);
  const answer = runHelper<RunnerResult>(kernel.python, path.join(__dirname, "nnlab_grade.py"), [], {
    input: spec,
    env: withoutCodeCache(kernel),
    timeout: (rounds * (options.notebookTimeout + 120) + 60) * 1000,
  });
  const results = new Map(answer.results.map((r) => [r.id, r]));
  if (results.size < jobs.length || answer.errors.length > 0) {
    const errors = answer.errors.map((e) => e.message).join("\n");
    console.error(`nnlab grade: the runner stopped (exit ${answer.status ?? answer.signal}):\n${errors}\n${answer.stderr.slice(-2000)}`);
  }
  return results;
}

/** Judges the recorded answers in a trusted kernel per lesson, unsandboxed: it runs no student code (judge.ts). */
function judge(observed: Parameters<typeof judgeSubmissions>[0], options: GradeOptions, work: string, kernel: KernelEnv): ReturnType<typeof judgeSubmissions> {
  for (const lesson of new Set(observed.map((o) => o.lesson))) lessonWarnings(lesson).forEach((w) => console.error(w));
  const start = Date.now();
  try {
    return judgeSubmissions(observed, { cellTimeout: options.cellTimeout, jobs: options.jobs, python: kernel.python, env: withoutCodeCache(kernel), script: path.join(__dirname, "nnlab_judge.py"), work });
  } finally {
    const lessons = new Set(observed.map((o) => o.lesson.name)).size;
    console.log(`Judged ${observed.length} submission(s) in ${lessons} trusted kernel(s), one per lesson: ${((Date.now() - start) / 1000).toFixed(1)} s`);
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

