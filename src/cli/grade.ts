/**
 * `nnlab grade <submissions…> --out DIR [--lessons DIR] [--timeout S]
 * [--notebook-timeout S] [--jobs N]` — the command line of grading
 * (src/assign/grade/): grades student notebooks against the lesson sources,
 * writes DIR/gradebook.json and DIR/gradebook.csv (merged with earlier runs),
 * DIR/feedback/<student>/<notebook>.html and the executed notebooks in
 * DIR/autograded/, and prints a table. Submissions are only read.
 */
import { existsSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { gradeSubmissions, writeResults, type GradeOptions } from "../assign/grade/grade";
import { parseGradebook, total } from "../assign/grade/gradebook";
import { defaultLimits, explainSandbox, probeMachine, sandboxWarning } from "../assign/grade/sandbox";
import { findSubmissions } from "../assign/grade/submissions";
import { packageRoot } from "../kernel/resolve";
import { Args, stringOption } from "./args";
import { formatTable } from "./table";

function positive(args: Args, fallback: number, ...names: string[]): number {
  const text = stringOption(args, ...names);
  const value = text === undefined ? fallback : Number(text);
  if (!(value > 0)) throw new Error(`nnlab grade: --${names[0]} must be a number of ${names[0] === "jobs" ? "parallel kernels" : names[0] === "memory" ? "MiB" : "seconds"} > 0, found ${text}.`);
  return value;
}

/** The per-submission limits: the defaults, CPU seconds per process from --cpu (else the notebook's time limit), MiB of memory per process from --memory (2048). */
function limitsFrom(args: Args) {
  const limits = defaultLimits(positive(args, 600, "notebook-timeout"));
  const MiB = 1024 * 1024;
  return { ...limits, cpuSeconds: Math.ceil(positive(args, limits.cpuSeconds, "cpu")), memory: Math.ceil(positive(args, limits.memory / MiB, "memory")) * MiB };
}

const GRADE_USAGE = "usage: nnlab grade <notebook.ipynb | folder>... --out DIR [--lessons DIR] [--timeout S] [--notebook-timeout S] [--jobs N] [--cpu S] [--memory MiB]\n       nnlab grade --explain-sandbox     (which protections student code gets on this machine)";

export function gradeCommand(args: Args): number {
  if (args.options.help || args.options.h) {
    console.log(GRADE_USAGE);
    return 0;
  }
  if (args.options["explain-sandbox"]) {
    console.log(explainSandbox(probeMachine(), limitsFrom(args), packageRoot()));
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
    sandbox: { machine: probeMachine(), limits: limitsFrom(args) },
  };
  const warning = sandboxWarning(options.sandbox.machine, options.sandbox.limits);
  if (warning) console.error(warning);
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
