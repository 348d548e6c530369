/**
 * A V8 code cache for the big CommonJS modules the kernel loads at start
 * (TypeScript is 9 MB of JavaScript): what Node 22's
 * `module.enableCompileCache()` does, for Node 20.
 *
 * `requireCached(file)` loads `file` as `require(file)` would (same
 * `require.cache` entry, same `module`, `require`, `__filename`), compiling it
 * with the code V8 produced for it in an earlier kernel, if V8 accepts it.
 * `save()` writes the code V8 has now, including the functions compiled
 * since loading, so call it once the module has done typical work. The cache
 * lives in the user's cache folder (`$XDG_CACHE_HOME/nnlab/code-cache`,
 * `~/.cache/…`; not a shared temporary folder, since code read from it runs),
 * or `NNLAB_CODE_CACHE` (an empty string turns the cache off); one file per
 * module, node version and file size and time. V8 checks that a cache fits
 * the source and its own version and flags, and compiles afresh if not; a
 * file that cannot be read or written is no cache.
 */
import { createHash } from "crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "fs";
import Module from "module";
import os from "os";
import path from "path";
import vm from "vm";

export interface CachedModule {
  exports: any;
  /** V8 took the module's code from the cache. */
  readonly fromCache: boolean;
  /** Writes the code V8 has for the module now (once; nothing when the cache is off or was used as it was). */
  save(): void;
}

interface NodeModule {
  exports: any;
  filename: string;
  paths: string[];
  loaded: boolean;
  require(id: string): any;
}

type ModuleInternals = typeof Module & {
  _cache: Record<string, NodeModule>;
  _nodeModulePaths(dir: string): string[];
  _resolveFilename(request: string, parent: NodeModule, isMain: boolean, options?: unknown): string;
  _extensions: Record<string, unknown>;
};

const M = Module as ModuleInternals;

/** Where the cache lives (undefined: off). */
export function cacheDir(env = process.env, home = os.homedir()): string | undefined {
  if (env.NNLAB_CODE_CACHE !== undefined) return env.NNLAB_CODE_CACHE === "" ? undefined : env.NNLAB_CODE_CACHE;
  return path.join(env.XDG_CACHE_HOME || path.join(home, ".cache"), "nnlab", "code-cache");
}

/** Loads the CommonJS module `file` (an absolute path) through the code cache. */
export function requireCached(file: string, dir = cacheDir()): CachedModule {
  const loaded = M._cache[file];
  if (loaded) return { exports: loaded.exports, fromCache: false, save() {} };
  const source = readFileSync(file, "utf8");
  const cacheFile = dir && cacheName(dir, file);
  const cachedData = cacheFile ? readOrUndefined(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const accepted = cachedData !== undefined && script.cachedDataRejected === false;

  const module = new (Module as unknown as new (id: string, parent?: unknown) => NodeModule)(file, undefined);
  module.filename = file;
  module.paths = M._nodeModulePaths(path.dirname(file));
  const moduleRequire = Object.assign((id: string) => module.require(id), {
    resolve: (request: string, options?: unknown) => M._resolveFilename(request, module, false, options),
    cache: M._cache,
    extensions: M._extensions,
    main: require.main,
  });
  M._cache[file] = module;
  try {
    script.runInThisContext().call(module.exports, module.exports, moduleRequire, module, file, path.dirname(file));
  } catch (error) {
    delete M._cache[file];
    throw error;
  }
  module.loaded = true;

  let saved = accepted;
  return {
    exports: module.exports,
    fromCache: accepted,
    save() {
      if (saved || !cacheFile) return;
      saved = true;
      try {
        mkdirSync(path.dirname(cacheFile), { recursive: true });
        const temp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
      } catch {
        // No cache this time.
      }
    },
  };
}

/** The cache file for `file`: its path, size and time and the running node decide. */
function cacheName(dir: string, file: string): string | undefined {
  try {
    const { size, mtimeMs } = statSync(file);
    const key = createHash("sha256").update(`${file}\0${size}\0${mtimeMs}\0${process.version}\0${process.arch}`).digest("hex").slice(0, 24);
    return path.join(dir, `${path.basename(file)}-${key}.v8`);
  } catch {
    return undefined;
  }
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
