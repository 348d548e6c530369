/**
 * The one Python the browser tests start Jupyter with: `NNLAB_JUPYTER_PYTHON`,
 * else the project's own environment `<repo>/.venv` (what `npm start` makes).
 * No silent skip: CI has that environment, so a missing one is a failure that
 * says how to provide it.
 */
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "..", "..", "..");

export const PYTHON_ENV = "NNLAB_JUPYTER_PYTHON";

/** The Python with JupyterLab 4 and Notebook 7, or an Error that says how to get one. */
export function jupyterPython(env: NodeJS.ProcessEnv = process.env): string {
  const venv = process.platform === "win32" ? path.join(ROOT, ".venv", "Scripts", "python.exe") : path.join(ROOT, ".venv", "bin", "python");
  const python = env[PYTHON_ENV] || venv;
  if (!existsSync(python)) {
    throw new Error(
      `The browser tests need a Python with JupyterLab 4 and Notebook 7, and found none: ` +
        (env[PYTHON_ENV] ? `${PYTHON_ENV}=${python} does not exist.` : `${venv} does not exist.`) +
        ` Run \`npm start\` once (it creates ${path.join(ROOT, ".venv")}), or set ${PYTHON_ENV} to such a Python.`,
    );
  }
  return python;
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
