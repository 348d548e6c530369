/**
 * The one Python the browser tests start Jupyter with: the launcher's
 * (src/cli/env/pythonEnv.ts) — `NNLAB_JUPYTER_PYTHON` as it is, else the
 * project's own environment `<repo>/.venv`, created or completed from
 * python/requirements.txt if needed. No silent skip: without a usable Python
 * the tests fail with the launcher's message, which says what to do.
 */
import { spawnSync } from "child_process";
import { ensureJupyterEnv } from "../../../src/cli/env/pythonEnv";

/** The Python with JupyterLab 4 and Notebook 7, or an Error that says how to get one. */
export function jupyterPython(env: NodeJS.ProcessEnv = process.env): string {
  try {
    return ensureJupyterEnv(env).python;
  } catch (error) {
    throw new Error(`The browser tests need a Python with JupyterLab 4 and Notebook 7 (NNLAB_JUPYTER_PYTHON, or the project's .venv that \`npm start\` makes):\n${(error as Error).message}`);
  }
}

/** `{ jupyterlab: "4.6.6", notebook: "7.6.5" }` as `python` has them; an Error naming what is missing or too old. */
export function jupyterVersions(python: string): { jupyterlab: string; notebook: string } {
  const script = "import json, jupyterlab, notebook; print(json.dumps({'jupyterlab': jupyterlab.__version__, 'notebook': notebook.__version__}))";
  const result = spawnSync(python, ["-c", script], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${python} cannot import jupyterlab and notebook:\n${result.stderr}`);
  const versions = JSON.parse(result.stdout) as { jupyterlab: string; notebook: string };
  if (!versions.jupyterlab.startsWith("4.") || !versions.notebook.startsWith("7.")) {
    throw new Error(`${python} has JupyterLab ${versions.jupyterlab} and Notebook ${versions.notebook}; the browser tests need JupyterLab 4 and Notebook 7.`);
  }
  return versions;
}
