/**
 * `nnlab start` (what `npm start` runs after building): makes sure Jupyter is
 * there, registers the nnlab kernel for the user, and opens JupyterLab if
 * installed, else the classic Notebook, on notebooks/.
 *
 * Jupyter missing: on Debian/Ubuntu as root it installs Debian's
 * `jupyter-notebook` and `jupyter-nbconvert`; elsewhere it prints the exact
 * install command and stops.
 */
import { spawn, spawnSync } from "child_process";
import { existsSync } from "fs";
import path from "path";
import { packageRoot } from "../kernel/resolve";
import { installKernel } from "../kernel/spec";
import { Args } from "./args";
import { findPython, hasModules, installHint } from "./jupyter";

const DEBIAN_PACKAGES = ["jupyter-notebook", "jupyter-nbconvert"];

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** Installs Debian's Jupyter with apt-get (root on Debian/Ubuntu only); true on success. */
function installDebianJupyter(): boolean {
  if (!existsSync("/etc/debian_version") || !isRoot()) return false;
  console.log(`Installing Jupyter from Debian: apt-get install -y ${DEBIAN_PACKAGES.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update"], { stdio: "inherit", env });
  const install = spawnSync("apt-get", ["install", "-y", ...DEBIAN_PACKAGES], { stdio: "inherit", env });
  return update.status === 0 && install.status === 0;
}

/** A Python with JupyterLab or the Notebook, installing Debian's if allowed; undefined if none. */
export function ensureJupyter(): { python: string; app: "jupyterlab" | "notebook" } | undefined {
  let python = findPython(["jupyterlab"]) ?? findPython(["notebook"]);
  if (!python && installDebianJupyter()) python = findPython(["notebook"]);
  if (!python) return undefined;
  return { python, app: hasModules(python, ["jupyterlab"]) ? "jupyterlab" : "notebook" };
}

export async function startCommand(args: Args): Promise<number> {
  const jupyter = ensureJupyter();
  if (!jupyter) {
    console.error(`nnlab start: Jupyter is not installed. Install it with:\n${installHint()}\nthen run npm start again.`);
    return 1;
  }
  const dir = installKernel({ user: true });
  console.log(`Registered the "TypeScript (nnlab)" kernel in ${dir}`);
  const folder = path.resolve(args.positional[0] ?? (existsSync("notebooks") ? "notebooks" : path.join(packageRoot(), "notebooks")));
  const appArgs = ["-m", jupyter.app, `--notebook-dir=${folder}`];
  if (jupyter.app === "jupyterlab") appArgs.splice(2, 1, `--ServerApp.root_dir=${folder}`);
  if (isRoot()) appArgs.push("--allow-root");
  if (args.options["no-browser"]) appArgs.push("--no-browser");
  console.log(`Starting ${jupyter.app === "jupyterlab" ? "JupyterLab" : "Jupyter Notebook"} on ${folder}`);
  const child = spawn(jupyter.python, appArgs, { stdio: "inherit", cwd: folder });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", () => forward("SIGINT"));
  process.on("SIGTERM", () => forward("SIGTERM"));
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 0)));
}
