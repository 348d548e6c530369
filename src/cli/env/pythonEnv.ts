/**
 * The Python that runs Jupyter for nnlab, made on first use.
 *
 * Default: a venv at `<package root>/.venv` (gitignored; elsewhere with
 * NNLAB_PYTHON_ENV=DIR) with the packages pinned in python/requirements.txt,
 * locked by python/constraints.txt. A stamp (the requirement files' hash,
 * written after pip succeeded) makes a second start skip pip; a change of the
 * files or an interrupted install installs again.
 *
 * Extras (`nnlab env --extra hub`) add python/extras/NAME.txt on top, in the
 * same venv and under the same lock (constraints.txt resolves the union). The
 * stamp remembers every set of files installed, so switching between
 * `npm start` and a command that needs an extra does not reinstall.
 *
 * NNLAB_JUPYTER_PYTHON=/path/to/python uses an existing Jupyter installation
 * as it is: nothing is created or installed.
 */
import { spawnSync } from "child_process";
import { existsSync, readdirSync } from "fs";
import path from "path";
import { packagePaths, packageRoot } from "../../paths";
import { candidates, choosePython, probe } from "./basePython";
import { messages } from "./messages";
import { installArgs, runPip } from "./pip";
import { envAction, readStamp, requirementsHash, writeStamp } from "./stamp";

export interface JupyterEnv {
  /** The Python that runs Jupyter, nbclient and the kernel tests. */
  python: string;
  /** The managed environment's folder (its share/jupyter holds the nnlab kernel); undefined for NNLAB_JUPYTER_PYTHON. */
  prefix?: string;
}

/** Modules nnlab runs with this Python. */
export const JUPYTER_MODULES = ["jupyterlab", "notebook", "nbclient", "nbconvert", "nbformat", "jupyter_client"] as const;

export function envDir(env: NodeJS.ProcessEnv = process.env, root = packageRoot()): string {
  return env.NNLAB_PYTHON_ENV ? path.resolve(env.NNLAB_PYTHON_ENV) : packagePaths(root).venv;
}

export function envPython(dir: string, platform = process.platform): string {
  return platform === "win32" ? path.join(dir, "Scripts", "python.exe") : path.join(dir, "bin", "python");
}

export interface RequirementFiles {
  /** python/requirements.txt, then python/extras/NAME.txt for each extra. */
  requirements: string[];
  constraints: string;
}

/** The extras this package ships (python/extras/NAME.txt), sorted. */
export function availableExtras(root = packageRoot()): string[] {
  const dir = packagePaths(root).extras;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -".txt".length))
    .sort();
}

export function requirementFiles(root = packageRoot(), extras: readonly string[] = []): RequirementFiles {
  const known = availableExtras(root);
  const unknown = extras.filter((e) => !known.includes(e));
  if (unknown.length > 0) throw new Error(messages.unknownExtra(unknown, known));
  const names = [...new Set(extras)].sort();
  return {
    requirements: [packagePaths(root).requirements, ...names.map((e) => packagePaths(root).extra(e))],
    constraints: packagePaths(root).constraints,
  };
}

/** The pip command that completes the environment by hand (for the offline message). */
export function pipCommand(python: string, files: RequirementFiles): string {
  return `${python} -m pip install ${files.requirements.map((r) => `-r ${r}`).join(" ")} -c ${files.constraints}`;
}

function runs(python: string): boolean {
  return existsSync(python) && spawnSync(python, ["-c", ""], { stdio: "ignore", timeout: 30_000 }).status === 0;
}

function missingModules(python: string, modules: readonly string[]): string[] {
  return modules.filter((m) => spawnSync(python, ["-c", `import ${m}`], { stdio: "ignore" }).status !== 0);
}

function createVenv(dir: string, env: NodeJS.ProcessEnv): void {
  if (existsSync(dir) && readdirSync(dir).length > 0 && !existsSync(path.join(dir, "pyvenv.cfg"))) throw new Error(messages.notOurs(dir));
  const choice = choosePython(candidates(env), probe);
  if (!choice.ok) throw new Error(choice.message);
  console.error(messages.creating(dir, choice.probe.python, choice.probe.version!));
  const result = spawnSync(choice.probe.python, ["-m", "venv", "--clear", dir], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) throw new Error(messages.venvFailed(choice.probe.python, dir, `${result.stdout}${result.stderr}`));
}

function managedEnv(dir: string, files: RequirementFiles, env: NodeJS.ProcessEnv): JupyterEnv {
  const python = envPython(dir);
  const hash = requirementsHash([...files.requirements, files.constraints]);
  const stamps = readStamp(dir);
  const action = envAction({ pythonRuns: runs(python), stamps, hash });
  if (action === "ready") return { python, prefix: dir };
  const start = Date.now();
  if (action === "create") createVenv(dir, env);
  else console.error(stamps.length > 0 ? messages.updating(dir) : messages.resuming(dir));
  if (!runPip(python, installArgs(files.requirements, files.constraints))) throw new Error(messages.pipFailed(pipCommand(python, files)));
  writeStamp(dir, action === "create" ? [hash] : [...stamps, hash]);
  console.error(messages.ready(dir, (Date.now() - start) / 1000));
  return { python, prefix: dir };
}

/**
 * The Jupyter environment, created or completed first if needed (a ready one
 * costs one `python -c ""`); throws an Error whose message says what to do.
 */
export function ensureJupyterEnv(env: NodeJS.ProcessEnv = process.env, root = packageRoot(), extras: readonly string[] = []): JupyterEnv {
  const files = requirementFiles(root, extras);
  const external = env.NNLAB_JUPYTER_PYTHON;
  if (!external) return managedEnv(envDir(env, root), files, env);
  const missing = missingModules(external, JUPYTER_MODULES);
  if (missing.length > 0) throw new Error(messages.externalMissing(external, missing, pipCommand(external, files)));
  if (extras.length > 0) console.error(messages.externalExtras(external, pipCommand(external, files)));
  return { python: external };
}

/** The Python that runs Jupyter for nnlab (see ensureJupyterEnv). */
export function jupyterPython(): string {
  return ensureJupyterEnv().python;
}
