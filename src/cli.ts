#!/usr/bin/env node
/**
 * The `nnlab` command.
 *
 *   nnlab start [FOLDER] [--notebook] [--port N] [--no-browser]   JupyterLab on notebooks/ with the nnlab kernel
 *   nnlab env                        make nnlab's Python environment (.venv) if needed; print its Python
 *   nnlab kernel install [--user|--prefix P|--sys]
 *   nnlab run [paths...] [--out DIR] executes notebooks, writes executed .ipynb + .html, prints a table
 *   nnlab export NOTEBOOK [-o FILE]  one self-contained HTML page with interactive charts
 *   nnlab release [LESSONS] [--out DIR] [--teacher] [--check]   lesson sources → notebooks
 *   nnlab grade SUBMISSIONS... --out DIR [--lessons DIR] [--timeout S] [--notebook-timeout S] [--jobs N]
 */
import { parseArgs } from "./cli/args";
import { envCommand } from "./cli/envCommand";
import { exportCommand } from "./cli/export";
import { gradeCommand } from "./cli/grade";
import { kernelCommand } from "./cli/kernel";
import { releaseCommand } from "./cli/release";
import { runCommand } from "./cli/run";
import { startCommand } from "./cli/start";

const USAGE = `usage: nnlab <command>

  start [FOLDER] [--notebook]           open JupyterLab (--notebook: Notebook 7) on notebooks/ with the nnlab kernel,
        [--port N] [--no-browser]       from nnlab's own Python environment (.venv, made on first use)
  env                                   make that environment if needed and print its Python's path
  kernel install [--user|--prefix P|--sys]  register the "TypeScript (nnlab)" kernel (default: in .venv)
  run [paths...] [--out DIR]            execute notebooks or lesson sources headlessly (default: notebooks/,
      [--allow-errors]                  out/lessons); lessons run in their teacher version
  export NOTEBOOK [-o FILE]             export a notebook as one self-contained HTML page (run first if it has no outputs)
  release [LESSONS] [--out DIR]         lesson sources (lessons/*.md) → student notebooks (notebooks/)
          [--teacher] [--check]         --teacher keeps solutions; --check only tells whether they are in sync
  grade SUBMISSIONS... --out DIR        grade student notebooks (files, or folders of student/notebook.ipynb) against
        [--lessons DIR] [--timeout S]   lessons/: gradebook.csv/.json and feedback pages in DIR; --timeout per cell
        [--notebook-timeout S] [--jobs N]  (default 60 s), --notebook-timeout per notebook (600 s), N kernels at once;
        [--cpu S] [--memory MiB]        each kernel sandboxed (--explain-sandbox shows how, on this machine)

Every command takes --help.`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const args = parseArgs(rest);
  switch (command) {
    case "start":
      return startCommand(args);
    case "env":
      return envCommand(args);
    case "kernel":
      return kernelCommand(args);
    case "run":
      return runCommand(args);
    case "export":
      return exportCommand(args);
    case "release":
      return releaseCommand(args);
    case "grade":
      return gradeCommand(args);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      console.error(`nnlab: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
