/**
 * `nnlab env` — makes sure the project's Python environment exists (creating
 * or completing it), registers the kernel in it, and prints the path of its
 * Python on stdout (progress goes to stderr), for scripts:
 *
 *   PYTHON=$(node dist/cli.js env) && "$PYTHON" -m unittest …
 *   PYTHON=$(node dist/cli.js env --extra hub) && …
 */
import { installKernel } from "../kernel/spec";
import { Args, stringOption } from "./args";
import { availableExtras, ensureJupyterEnv } from "./env/pythonEnv";

export const ENV_USAGE = `usage: nnlab env [--extra NAME[,NAME…]]

  Creates nnlab's Python environment if needed (default .venv/ in the package; NNLAB_PYTHON_ENV=DIR
  elsewhere; NNLAB_JUPYTER_PYTHON=/path/to/python uses an existing Jupyter as it is), registers the
  nnlab kernel in it, and prints the path of its Python.

  --extra NAME   also install python/extras/NAME.txt into the same environment (extras: ${availableExtras().join(", ") || "none"})`;

export function envCommand(args: Args): number {
  if (args.options.help || args.options.h) {
    console.log(ENV_USAGE);
    return 0;
  }
  const extras = (stringOption(args, "extra") ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  const env = ensureJupyterEnv(process.env, undefined, extras);
  if (env.prefix) installKernel({ prefix: env.prefix });
  console.log(env.python);
  return 0;
}
