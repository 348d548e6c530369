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
import { packageRoot } from "../paths";
import { defineCommand, withArgs, type Parsed } from "./args";
import { formatTable } from "./table";
import { messages } from "./messages";

export const GRADE = defineCommand({
  name: "grade",
  usage: `usage: nnlab grade SUBMISSIONS... --out DIR [--lessons DIR] [--timeout S] [--notebook-timeout S] [--jobs N] [--cpu S] [--memory MiB]
       nnlab grade --explain-sandbox

  SUBMISSIONS            notebooks, or folders of STUDENT/NOTEBOOK.ipynb (or one student's notebooks)
  -o, --out DIR          where gradebook.csv/.json, feedback/ and autograded/ go (merged with earlier runs)
  --lessons DIR          the lesson sources to grade against (default: lessons/)
  --timeout S            the longest one cell may run (60)
  --notebook-timeout S   the longest one submission may run (600)
  --jobs N               submissions graded at once, each in its own sandboxed kernel (up to 4)
  --cpu S                CPU seconds each process of a submission may use (the notebook timeout)
  --memory MiB           memory each process of a submission may use (2048)
  --explain-sandbox      print which protections student code gets on this machine, and what it sees`,
  summary: "grade student notebooks against lessons/, each in a sandbox: gradebook.csv/.json and feedback pages in DIR",
  options: {
    out: { type: "string", short: "o" },
    lessons: { type: "string" },
    timeout: { type: "string" },
    "cell-timeout": { type: "string" },
    "notebook-timeout": { type: "string" },
    jobs: { type: "string" },
    cpu: { type: "string" },
    memory: { type: "string" },
    "explain-sandbox": { type: "boolean" },
  },
  positionals: { min: 0, max: Number.POSITIVE_INFINITY, what: "a notebook or folder" },
});

type Values = Parsed<typeof GRADE.options>["values"];

/** A number option > 0, or `fallback` when it is not given. */
function positive(text: string | undefined, fallback: number, name: string, unit: string): number {
  const value = text === undefined ? fallback : Number(text);
  if (!(value > 0)) throw new Error(messages.gradeOptionNotPositive(name, unit, text));
  return value;
}

/** The per-submission limits: the defaults, CPU seconds per process from --cpu (else the notebook's time limit), MiB of memory per process from --memory (2048). */
function limitsFrom(values: Values) {
  const limits = defaultLimits(positive(values["notebook-timeout"], 600, "notebook-timeout", "seconds"));
  const MiB = 1024 * 1024;
  return {
    ...limits,
    cpuSeconds: Math.ceil(positive(values.cpu, limits.cpuSeconds, "cpu", "seconds")),
    memory: Math.ceil(positive(values.memory, limits.memory / MiB, "memory", "MiB")) * MiB,
  };
}

export const gradeCommand = withArgs(GRADE, ({ values, positionals }) => {
  if (values["explain-sandbox"]) {
    console.log(explainSandbox(probeMachine(), limitsFrom(values), packageRoot()));
    return 0;
  }
  const out = values.out;
  if (!out || positionals.length === 0) {
    console.error(`nnlab grade: ${out ? "a notebook or folder is needed" : "--out DIR is needed"}\n\n${GRADE.usage}`);
    return 2;
  }
  const lessons = values.lessons ?? (existsSync("lessons") ? "lessons" : path.join(packageRoot(), "lessons"));
  if (!existsSync(lessons)) {
    console.error(`nnlab grade: no lessons folder ${lessons} (pass --lessons DIR)`);
    return 1;
  }
  const options: GradeOptions = {
    out: path.resolve(out),
    lessons,
    cellTimeout: positive(values.timeout ?? values["cell-timeout"], 60, "timeout", "seconds"),
    notebookTimeout: positive(values["notebook-timeout"], 600, "notebook-timeout", "seconds"),
    jobs: Math.floor(positive(values.jobs, Math.max(1, Math.min(4, os.cpus().length)), "jobs", "parallel kernels")),
    sandbox: { machine: probeMachine(), limits: limitsFrom(values) },
  };
  const warning = sandboxWarning(options.sandbox.machine, options.sandbox.limits);
  if (warning) console.error(warning);
  const book = path.join(options.out, "gradebook.json");
  const previous = existsSync(book) ? parseGradebook(readFileSync(book, "utf8"), book) : [];
  // never grade our own output (an --out folder inside the submissions folder)
  const submissions = findSubmissions(positionals).filter((s) => !path.resolve(s.file).startsWith(options.out + path.sep));
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
});
