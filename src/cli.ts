#!/usr/bin/env node
/**
 * The `nnlab` command.
 *
 *   nnlab start                      build-free launcher: Jupyter on notebooks/ with the nnlab kernel
 *   nnlab kernel install [--user|--prefix P|--sys]
 *   nnlab run [paths...] [--out DIR] executes notebooks, writes executed .ipynb + .html, prints a table
 *   nnlab export NOTEBOOK [-o FILE]  one self-contained HTML page with interactive charts
 */
import { parseArgs } from "./cli/args";
import { exportCommand } from "./cli/export";
import { kernelCommand } from "./cli/kernel";
import { runCommand } from "./cli/run";
import { startCommand } from "./cli/start";

const USAGE = `usage: nnlab <command>

  start                                 open JupyterLab (or Notebook) on notebooks/ with the nnlab kernel
  kernel install [--user|--prefix P|--sys]  register the "TypeScript (nnlab)" kernel
  run [paths...] [--out DIR]            execute notebooks headlessly (default: notebooks/, out/lessons)
  export NOTEBOOK [-o FILE]             export a notebook as one self-contained HTML page`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const args = parseArgs(rest);
  switch (command) {
    case "start":
      return startCommand(args);
    case "kernel":
      return kernelCommand(args);
    case "run":
      return runCommand(args);
    case "export":
      return exportCommand(args);
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
