/**
 * An environment in which Jupyter finds this installation's `nnlab` kernel
 * without touching the user's kernelspecs: the spec is written to a temporary
 * prefix that JUPYTER_PATH points at.
 */
import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { installKernel } from "../kernel/spec";

export interface KernelEnv {
  env: NodeJS.ProcessEnv;
  dispose(): void;
}

export function kernelEnv(base: NodeJS.ProcessEnv = process.env): KernelEnv {
  const prefix = mkdtempSync(path.join(os.tmpdir(), "nnlab-kernel-"));
  installKernel({ prefix });
  const dataDir = path.join(prefix, "share", "jupyter");
  const jupyterPath = [dataDir, base.JUPYTER_PATH].filter(Boolean).join(path.delimiter);
  return {
    env: { ...base, JUPYTER_PATH: jupyterPath, PYDEVD_DISABLE_FILE_VALIDATION: "1" },
    dispose: () => rmSync(prefix, { recursive: true, force: true }),
  };
}
