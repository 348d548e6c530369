/**
 * `nnlab env` — makes sure the project's Python environment exists (creating
 * or completing it), registers the kernel in it, and prints the path of its
 * Python on stdout (progress goes to stderr), for scripts:
 *
 *   PYTHON=$(node dist/cli.js env) && "$PYTHON" -m unittest …
 */
import { installKernel } from "../kernel/spec";
import { ensurePackages, FEATURES } from "../optional";
import { defineCommand, withArgs } from "./args";
import { ensureJupyterEnv } from "./env/pythonEnv";

export const ENV = defineCommand({
  name: "env",
  summary: "make nnlab's Python environment (.venv) if needed and print its Python's path",
  usage: `usage: nnlab env

  Creates nnlab's Python environment if needed (default .venv/ in the package; NNLAB_PYTHON_ENV=DIR
  elsewhere; NNLAB_JUPYTER_PYTHON=/path/to/python uses an existing Jupyter as it is), registers the
  nnlab kernel in it, and prints the path of its Python.`,
  options: {},
});

export const envCommand = withArgs(ENV, () => {
  ensurePackages("The nnlab kernel", FEATURES.kernel);
  const env = ensureJupyterEnv();
  if (env.prefix) installKernel({ prefix: env.prefix });
  console.log(env.python);
  return 0;
});
