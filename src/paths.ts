/**
 * Where things are in the nnlab package this code runs from (the folder with
 * package.json, dist/, scripts/, python/, lessons/, notebooks/), and the
 * folders a command uses when none is given. Every other module asks here
 * instead of joining paths of its own.
 *
 *   packagePaths().script("nnlab_run.py")   // <root>/scripts/nnlab_run.py
 *   defaultFolder("notebooks")              // ./notebooks if it exists, else <root>/notebooks
 */
import { existsSync, statSync } from "fs";
import path from "path";

/** The folder of the nnlab package: this file is `<root>/dist/paths.js` (or `<root>/src/paths.ts` under vitest). */
export function packageRoot(): string {
  return path.resolve(__dirname, "..");
}

/** The Python helper scripts nnlab runs (scripts/). */
export type Script = "nnlab_run.py" | "nnlab_markdown.py"; // grading's runner lives with grading: src/assign/grade/nnlab_grade.py

export interface PackagePaths {
  root: string;
  packageJson: string;
  /** The built library and command (dist/). */
  dist: string;
  /** What the kernelspec runs: dist/kernel/main.js. */
  kernelMain: string;
  /** scripts/ */
  scripts: string;
  script(name: Script): string;
  /** python/: the pinned Jupyter stack. */
  python: string;
  requirements: string;
  constraints: string;
  /** python/extras/: optional requirement sets (`nnlab env --extra NAME`). */
  extras: string;
  extra(name: string): string;
  /** The default place of nnlab's own Python environment (NNLAB_PYTHON_ENV overrides it: src/cli/env). */
  venv: string;
  /** Lesson sources (MyST Markdown). */
  lessons: string;
  /** The notebooks learners open. */
  notebooks: string;
}

/** The paths of the package at `root` (default: this installation). */
export function packagePaths(root = packageRoot()): PackagePaths {
  const scripts = path.join(root, "scripts");
  const python = path.join(root, "python");
  const dist = path.join(root, "dist");
  return {
    root,
    packageJson: path.join(root, "package.json"),
    dist,
    kernelMain: path.join(dist, "kernel", "main.js"),
    scripts,
    script: (name) => path.join(scripts, name),
    python,
    requirements: path.join(python, "requirements.txt"),
    constraints: path.join(python, "constraints.txt"),
    extras: path.join(python, "extras"),
    extra: (name) => path.join(python, "extras", `${name}.txt`),
    venv: path.join(root, ".venv"),
    lessons: path.join(root, "lessons"),
    notebooks: path.join(root, "notebooks"),
  };
}

/** `name` in the working directory when it is a folder there, else the package's own (lessons, notebooks). */
export function defaultFolder(name: "lessons" | "notebooks", cwd = process.cwd(), root = packageRoot()): string {
  const local = path.join(cwd, name);
  return existsSync(local) && statSync(local).isDirectory() ? name : packagePaths(root)[name];
}
