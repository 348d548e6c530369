/**
 * Finding a Python that has Jupyter. Debian's `/usr/bin/python3` comes first:
 * a `python3` earlier on PATH (pyenv, conda) often lacks Debian's packages.
 */
import { spawnSync } from "child_process";
import { existsSync } from "fs";

const CANDIDATES = ["/usr/bin/python3", "python3", "python"];

/** True when `python` can import every module in `modules`. */
export function hasModules(python: string, modules: readonly string[]): boolean {
  const result = spawnSync(python, ["-c", modules.map((m) => `import ${m}`).join("; ")], { stdio: "ignore" });
  return result.status === 0;
}

/** The first Python that can import `modules`, or undefined. */
export function findPython(modules: readonly string[]): string | undefined {
  return CANDIDATES.find((python) => (python.startsWith("/") ? existsSync(python) : true) && hasModules(python, modules));
}

/** Modules `nnlab run` needs: nbclient (executes) and nbformat. */
export const RUN_MODULES = ["nbclient", "nbformat", "jupyter_client"] as const;

/** The exact commands that install Jupyter, for a message. */
export function installHint(): string {
  const debian = existsSync("/etc/debian_version");
  return debian
    ? "  sudo apt-get install -y jupyter-notebook jupyter-nbconvert\n(or, without root: python3 -m pip install --user jupyterlab nbclient)"
    : "  python3 -m pip install --user jupyterlab nbclient";
}
