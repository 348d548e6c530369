#!/usr/bin/env node
/**
 * The `nnlab` command: one table from a command's name to its spec (usage,
 * options: src/cli/args.ts) and what runs it. `nnlab --help` lists each
 * command's synopsis (the first line of its usage) and summary.
 */
import { synopsis, type CommandSpec, type OptionSpecs } from "./cli/args";
import { ENV, envCommand } from "./cli/envCommand";
import { EXPORT, exportCommand } from "./cli/export";
import { GRADE, gradeCommand } from "./cli/grade";
import { HUB, hubCommand } from "./cli/hub";
import { KERNEL, kernelCommand } from "./cli/kernel";
import { NBGRADER, nbgraderCommand } from "./cli/nbgraderCommand";
import { RELEASE, releaseCommand } from "./cli/release";
import { RUN, runCommand } from "./cli/run";
import { startCommand } from "./cli/start";
import { START } from "./cli/startOptions";

interface Entry {
  spec: Pick<CommandSpec<OptionSpecs>, "usage" | "summary">;
  run(argv: readonly string[]): number | Promise<number>;
}

export const COMMANDS: Record<string, Entry> = {
  start: { spec: START, run: startCommand },
  env: { spec: ENV, run: envCommand },
  kernel: { spec: KERNEL, run: kernelCommand },
  run: { spec: RUN, run: runCommand },
  export: { spec: EXPORT, run: exportCommand },
  release: { spec: RELEASE, run: releaseCommand },
  grade: { spec: GRADE, run: gradeCommand },
  nbgrader: { spec: NBGRADER, run: nbgraderCommand },
  hub: { spec: HUB, run: hubCommand },
};

export const USAGE = `usage: nnlab <command>

${Object.values(COMMANDS)
  .map(({ spec }) => `  ${synopsis(spec)}\n      ${spec.summary}`)
  .join("\n")}

Every command takes --help.`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, command)) return COMMANDS[command].run(rest);
  switch (command) {
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
