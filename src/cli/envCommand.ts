/**
 * `nnlab env` — makes sure the project's Python environment exists (creating
 * or completing it), registers the kernel in it, and prints the path of its
 * Python on stdout (progress goes to stderr), for scripts:
 *
 *   PYTHON=$(node dist/cli.js env) && "$PYTHON" -m unittest …
 *   PYTHON=$(node dist/cli.js env --extra hub) && …
 */
import { installKernel } from "../kernel/spec";
import { ensurePackages, FEATURES } from "../optional";
import { defineCommand, withArgs } from "./args";
import { availableExtras, ensureJupyterEnv } from "./env/pythonEnv";

export const ENV = defineCommand({
  name: "env",
  summary: "make nnlab's Python environment (.venv) if needed and print its Python's path",
  usage: `usage: nnlab env [--extra NAME[,NAME…]]

  Creates nnlab's Python environment if needed (default .venv/ in the package; NNLAB_PYTHON_ENV=DIR
  elsewhere; NNLAB_JUPYTER_PYTHON=/path/to/python uses an existing Jupyter as it is), registers the
  nnlab kernel in it, and prints the path of its Python.

  --extra NAME   also install python/extras/NAME.txt into the same environment (extras: ${availableExtras().join(", ") || "none"})`,
  options: { extra: { type: "string" } },
});

export const envCommand = withArgs(ENV, ({ values }) => {
  ensurePackages("The nnlab kernel", FEATURES.kernel);
  const extras = (values.extra ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  const env = ensureJupyterEnv(process.env, undefined, extras);
  if (env.prefix) installKernel({ prefix: env.prefix });
  console.log(env.python);
  return 0;
});
