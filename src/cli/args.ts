/**
 * Command lines, parsed with Node's `util.parseArgs`. A command declares its
 * usage text (written once), its options and how many arguments it takes;
 * `--help`/`-h` prints the usage, and an unknown option, a missing value or a
 * wrong number of arguments is an error naming it, followed by the usage.
 *
 *   export const EXPORT = defineCommand({
 *     name: "export",
 *     usage: "usage: nnlab export NOTEBOOK.ipynb [-o FILE.html] …",
 *     summary: "one self-contained HTML page",
 *     options: { out: { type: "string", short: "o" } },
 *     positionals: { min: 1, max: 1, what: "a notebook" },
 *   });
 *   export const exportCommand = withArgs(EXPORT, ({ values, positionals }) => { … return 0; });
 *   // exportCommand(["a.ipynb", "-o", "a.html"]) → 0; exportCommand(["--oops"]) → 2 and
 *   // "nnlab export: unknown option --oops" + the usage on stderr
 */
import { parseArgs } from "util";

export interface OptionSpec {
  type: "string" | "boolean";
  /** A one-letter alias: `-o`. */
  short?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface CommandSpec<O extends OptionSpecs> {
  /** The word after `nnlab`: "export". */
  name: string;
  /** Printed by --help, and after every error. Starts with "usage: nnlab <name>"; its first line is the synopsis `nnlab --help` lists. */
  usage: string;
  /** One line for `nnlab --help`. */
  summary: string;
  /** `--help`/`-h` is added to every command. */
  options: O;
  /** How many arguments (non-options) it takes, and what is needed when too few ("a notebook"); default: none. */
  positionals?: { min?: number; max?: number; what?: string };
}

/** The values of the options given: strings for string options, true for flags given, absent otherwise. */
export type Values<O extends OptionSpecs> = { [K in keyof O]?: O[K]["type"] extends "string" ? string : boolean };

export interface Parsed<O extends OptionSpecs> {
  values: Values<O>;
  positionals: string[];
}

/** The outcome of parsing: the arguments, a request for the usage, or an error (with the usage appended). */
export type ParseResult<O extends OptionSpecs> = Parsed<O> | { help: true } | { error: string };

/** A command's spec, typed so its handler sees exactly its options. */
export function defineCommand<O extends OptionSpecs>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}

const HELP = { help: { type: "boolean", short: "h" } } as const;

/** The synopsis of a command: the first line of its usage, without "usage: nnlab ". */
export function synopsis(spec: Pick<CommandSpec<OptionSpecs>, "usage">): string {
  return spec.usage.split("\n")[0].replace(/^usage: nnlab /, "");
}

/** Parses `argv` (what follows the command's name) against `spec`. */
export function parseCommand<O extends OptionSpecs>(spec: CommandSpec<O>, argv: readonly string[]): ParseResult<O> {
  const options = { ...spec.options, ...HELP };
  const fail = (problem: string) => ({ error: `nnlab ${spec.name}: ${problem}\n\n${spec.usage}` });
  // A lenient pass first, to name an unknown option exactly as it was written.
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const unknown = tokens.find((t) => t.kind === "option" && !Object.prototype.hasOwnProperty.call(options, t.name));
  if (unknown?.kind === "option") return fail(`unknown option ${unknown.rawName}`);
  if (tokens.some((t) => t.kind === "option" && t.name === "help")) return { help: true };
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    // A missing or ambiguous value, or a value given to a flag: Node's message names the option.
    return fail(error instanceof Error ? error.message.split("\n")[0] : String(error));
  }
  const { min = 0, max = 0, what = "an argument" } = spec.positionals ?? {};
  const { positionals } = parsed;
  if (positionals.length < min) return fail(`${what} is needed`);
  if (positionals.length > max) return fail(`unexpected argument ${positionals[max]}`);
  const { help: _help, ...values } = parsed.values;
  return { values: values as Values<O>, positionals };
}

/**
 * The command as a function of its argv: --help prints the usage (exit 0), a
 * parse error prints the error and the usage on stderr (exit 2), otherwise
 * `run` gets the parsed arguments.
 */
export function withArgs<O extends OptionSpecs, R extends number | Promise<number>>(spec: CommandSpec<O>, run: (args: Parsed<O>) => R): (argv: readonly string[]) => R | number {
  return (argv) => {
    const parsed = parseCommand(spec, argv);
    if ("help" in parsed) {
      console.log(spec.usage);
      return 0;
    }
    if ("error" in parsed) {
      console.error(parsed.error);
      return 2;
    }
    return run(parsed);
  };
}
