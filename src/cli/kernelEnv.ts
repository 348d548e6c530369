/**
 * An environment in which Jupyter runs with this installation's `nnlab`
 * kernel, and the Python to run it with.
 *
 * The kernelspec lives inside the project's Python environment
 * (`<env>/share/jupyter/kernels/nnlab`, Jupyter's sys-prefix place), so a
 * second clone with its own environment never re-points this one's kernel and
 * the user's kernels folder is left alone. Jupyter searches JUPYTER_PATH
 * first; then the user's data folder and sys.prefix, in an order that
 * depends (jupyter_core 5) on JUPYTER_PREFER_ENV_PATH and on who owns the
 * venv: user first unless it is a venv the user owns. Putting the
 * environment's folder on JUPYTER_PATH makes its spec win over a stale
 * user-level `nnlab` in every case. With NNLAB_JUPYTER_PYTHON (an existing Jupyter) the spec
 * goes to a temporary folder instead, removed by dispose().
 */
import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { installKernel } from "../kernel/spec";
import { ensurePackages, LESSON_PACKAGES } from "../optional";
import { ensureJupyterEnv, JupyterEnv } from "./env/pythonEnv";

export interface KernelEnv {
  python: string;
  /** The managed environment's folder; undefined with NNLAB_JUPYTER_PYTHON. */
  prefix?: string;
  /** The share/jupyter folder holding kernels/nnlab, first on JUPYTER_PATH. */
  dataDir: string;
  env: NodeJS.ProcessEnv;
  dispose(): void;
}

/** `dataDir` first on JUPYTER_PATH, ahead of what `base` had. */
export function withJupyterPath(base: NodeJS.ProcessEnv, dataDir: string): NodeJS.ProcessEnv {
  const jupyterPath = [dataDir, base.JUPYTER_PATH].filter(Boolean).join(path.delimiter);
  return { ...base, JUPYTER_PATH: jupyterPath, PYDEVD_DISABLE_FILE_VALIDATION: "1" };
}

/** Throws, naming what to install, when the kernel or what lessons use in it (charts, digits) is not installed. */
export function kernelEnv(base: NodeJS.ProcessEnv = process.env, jupyter?: JupyterEnv): KernelEnv {
  ensurePackages("Running notebooks with the nnlab kernel", LESSON_PACKAGES);
  jupyter ??= ensureJupyterEnv(base);
  const temp = jupyter.prefix ? undefined : mkdtempSync(path.join(os.tmpdir(), "nnlab-kernel-"));
  const prefix = jupyter.prefix ?? temp!;
  installKernel({ prefix });
  const dataDir = path.join(prefix, "share", "jupyter");
  return {
    python: jupyter.python,
    prefix: jupyter.prefix,
    dataDir,
    env: withJupyterPath(base, dataDir),
    dispose: () => {
      if (temp) rmSync(temp, { recursive: true, force: true });
    },
  };
}
