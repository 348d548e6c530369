/** A small argv parser: `--flag`, `--key value`, `--key=value`, `-o value` and positionals. */
export interface Args {
  positional: string[];
  options: Record<string, string | true>;
}

const TAKES_VALUE = new Set(["prefix", "extra", "out", "o", "output", "timeout", "kernel", "lessons", "cell-timeout", "notebook-timeout", "jobs", "port", "cpu", "memory"]);

export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--?([^=]+)(?:=(.*))?$/.exec(arg);
    if (!match || arg === "-") {
      positional.push(arg);
      continue;
    }
    const [, key, value] = match;
    if (value !== undefined) options[key] = value;
    else if (TAKES_VALUE.has(key) && i + 1 < argv.length) options[key] = argv[++i];
    else options[key] = true;
  }
  return { positional, options };
}

/** A string option, or undefined. */
export function stringOption(args: Args, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = args.options[name];
    if (typeof value === "string") return value;
  }
  return undefined;
}
