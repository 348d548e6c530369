/**
 * The `nnlab` kernelspec and where Jupyter looks for it.
 *
 *   { argv: [node, --enable-source-maps, <root>/dist/kernel/main.js, {connection_file}],
 *     display_name: "TypeScript (nnlab)", language: "typescript", interrupt_mode: "signal" }
 *
 * The kernel runs from this installation (absolute paths), so any Jupyter the
 * user starts finds it and it finds nnlab from any notebook folder.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { packagePaths, packageRoot } from "../paths";

const KERNEL_NAME = "nnlab";
const DISPLAY_NAME = "TypeScript (nnlab)";

export interface KernelSpec {
  argv: string[];
  display_name: string;
  language: string;
  interrupt_mode: "signal" | "message";
  env?: Record<string, string>;
  metadata: Record<string, unknown>;
}

/** The kernel.json contents for the installation at `root`, run by `node`. */
export function kernelSpec(root = packageRoot(), node = process.execPath): KernelSpec {
  return {
    argv: [node, "--enable-source-maps", packagePaths(root).kernelMain, "{connection_file}"],
    display_name: DISPLAY_NAME,
    language: "typescript",
    interrupt_mode: "signal",
    metadata: { nnlab: { root } },
  };
}

/** Where a spec goes: the user's data folder, PREFIX/share/jupyter (a Python environment), or the system's. */
export type Scope = { user: true } | { prefix: string } | { system: true };

/** Jupyter's per-user data folder (what `jupyter --data-dir` prints). */
export function userDataDir(env = process.env, platform = process.platform, home = os.homedir()): string {
  if (env.JUPYTER_DATA_DIR) return env.JUPYTER_DATA_DIR;
  if (platform === "darwin") return path.join(home, "Library", "Jupyter");
  if (platform === "win32") return path.join(env.APPDATA ?? path.join(home, "AppData", "Roaming"), "jupyter");
  return path.join(env.XDG_DATA_HOME || path.join(home, ".local", "share"), "jupyter");
}

/** The folder `kernels/nnlab` goes into for a scope. */
export function kernelsDir(scope: Scope): string {
  if ("prefix" in scope) return path.join(path.resolve(scope.prefix), "share", "jupyter", "kernels");
  if ("system" in scope) return process.platform === "win32" ? path.join(process.env.PROGRAMDATA ?? "C:\\ProgramData", "jupyter", "kernels") : "/usr/local/share/jupyter/kernels";
  return path.join(userDataDir(), "kernels");
}

/**
 * Writes kernels/nnlab/kernel.json for `scope` (unless it already says the
 * same; replaced whole, so a Jupyter reading it at that moment never sees half
 * a file); returns the folder.
 */
export function installKernel(scope: Scope, spec = kernelSpec()): string {
  const dir = path.join(kernelsDir(scope), KERNEL_NAME);
  const file = path.join(dir, "kernel.json");
  const text = JSON.stringify(spec, null, 2) + "\n";
  if (existsSync(file) && readFileSync(file, "utf8") === text) return dir;
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
  return dir;
}
