/**
 * Makes `import { mlp } from "nnlab"` work in a notebook in any folder,
 * without writing anything there: the kernel knows its own installation.
 *
 * - Types: tslab's compiler reads files through `ts.sys` of its bundled
 *   TypeScript. Paths under `<cwd>/node_modules/nnlab` are forwarded to this
 *   installation (the way tslab forwards `<cwd>/node_modules/tslab`).
 * - Runtime: `require("nnlab")` and `require("nnlab/...")` resolve to this
 *   installation.
 */
import { existsSync, realpathSync } from "fs";
import Module from "module";
import path from "path";
import { tslabTypeScript } from "./tslab";

/** `<dir>/node_modules/<name>/rest` → `<root>/rest`; other paths unchanged. */
export function forwardPath(file: string, dir: string, name: string, root: string): string {
  const prefix = path.join(dir, "node_modules", name);
  const norm = path.normalize(file);
  if (norm !== prefix && !norm.startsWith(prefix + path.sep)) return file;
  return path.join(root, path.relative(prefix, norm)).split(path.sep).join("/");
}

type Sys = Record<string, any>;

/** Forwards the compiler's file look-ups for `<cwd>/node_modules/nnlab` to `root`. */
export function forwardCompilerPaths(cwd: string, root: string, name = "nnlab"): void {
  const sys: Sys = tslabTypeScript().exports.sys;
  if (sys.__nnlabForwarded) return;
  const forward = (p: string) => forwardPath(p, cwd, name, root);
  for (const method of ["readFile", "fileExists", "directoryExists", "getDirectories", "readDirectory", "watchFile", "watchDirectory", "getModifiedTime"]) {
    const original = sys[method];
    if (typeof original !== "function") continue;
    sys[method] = (p: string, ...rest: unknown[]) => original.call(sys, forward(p), ...rest);
  }
  const realpath = sys.realpath;
  sys.realpath = (p: string) => {
    const target = forward(p);
    if (target !== p) return existsSync(target) ? realpathSync(target).split(path.sep).join("/") : target;
    return realpath ? realpath.call(sys, p) : p;
  };
  sys.__nnlabForwarded = true;
}

/** Makes `require("nnlab")` / `require("nnlab/x")` load from `root` wherever the requiring code lives. */
export function forwardRuntimeRequire(root: string, name = "nnlab"): void {
  const M = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string; __nnlab?: boolean };
  if (M.__nnlab) return;
  const original = M._resolveFilename;
  M._resolveFilename = function (request: string, ...rest: unknown[]) {
    if (request === name || request.startsWith(name + "/")) {
      return original.call(this, path.join(root, request.slice(name.length)), ...rest);
    }
    return original.call(this, request, ...rest);
  };
  M.__nnlab = true;
}
