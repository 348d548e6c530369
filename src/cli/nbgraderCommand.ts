/**
 * `nnlab nbgrader init COURSE [--lessons DIR]` — makes an nbgrader course
 * folder from the lessons (src/cli/nbgrader/course.ts).
 * `nnlab nbgrader COMMAND [ARGS…]` — runs nbgrader 0.9 itself, from nnlab's
 * Python environment (the `nbgrader` extra is installed on first use and the
 * nnlab kernel registered there), in the current folder: e.g.
 * `cd COURSE && nnlab nbgrader autograde 01-neuron`. Its arguments are
 * nbgrader's, passed as they are.
 */
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import path from "path";
import { installKernel } from "../kernel/spec";
import { defaultFolder } from "../paths";
import { defineCommand, withArgs } from "./args";
import { ensureJupyterEnv } from "./env/pythonEnv";
import { initCourse } from "./nbgrader/course";

export const NBGRADER = defineCommand({
  name: "nbgrader",
  summary: "an nbgrader 0.9 course of the lessons for the nnlab kernel; then nbgrader itself (autograde, …)",
  usage: `usage: nnlab nbgrader init COURSE [--lessons DIR]
       nnlab nbgrader COMMAND [ARGS…]

  init COURSE    make COURSE an nbgrader course of the lessons (default lessons/): each lesson's
                 source version in COURSE/source/<lesson>/<lesson>.ipynb (rewritten every time), and
                 COURSE/nbgrader_config.py for the nnlab kernel (kept if it is already there)
    --lessons DIR  the lesson sources
  COMMAND        any nbgrader command (generate_assignment, autograde, generate_feedback, export, …)
                 with nbgrader's own arguments, run in the current folder by nbgrader from nnlab's
                 Python environment (installed on first use: nnlab env --extra nbgrader)`,
  options: { lessons: { type: "string" } },
  positionals: { min: 1, max: 1, what: "a course folder" },
});

const init = withArgs(NBGRADER, ({ values, positionals: [course] }) => {
  const lessons = values.lessons ?? defaultFolder("lessons");
  if (!existsSync(lessons)) {
    console.error(`nnlab nbgrader init: no lessons folder ${lessons}`);
    return 1;
  }
  const { written, kept } = initCourse(course, lessons);
  for (const file of written) console.log(`wrote ${file}`);
  if (kept) console.log(`kept ${kept} as it is`);
  console.log(`next: cd ${course} && nnlab nbgrader generate_assignment <lesson>  (docs/grading.md, "With nbgrader")`);
  return 0;
});

export function nbgraderCommand(argv: readonly string[]): number {
  const [action, ...rest] = argv;
  if (action === "init") return init(rest);
  if (action === undefined || action === "--help" || action === "-h") {
    (action === undefined ? console.error : console.log)(NBGRADER.usage);
    return action === undefined ? 2 : 0;
  }
  return runNbgrader(argv);
}

function runNbgrader(argv: readonly string[]): number {
  const env = ensureJupyterEnv(process.env, undefined, ["nbgrader"]);
  if (env.prefix) installKernel({ prefix: env.prefix });
  // nbgrader runs `alembic` (its database migrations) from PATH: put the environment's bin first, as activating it would.
  const bin = path.dirname(env.python);
  const result = spawnSync(env.python, ["-m", "nbgrader", ...argv], { stdio: "inherit", env: { ...process.env, PATH: [bin, process.env.PATH].filter(Boolean).join(path.delimiter) } });
  if (result.error) throw result.error;
  return result.status ?? 1;
}
