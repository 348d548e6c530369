/**
 * tslab (pinned 1.0.22), loaded from its own installation: its TypeScript and
 * helpers; its converter loaded with a `ts` of our choosing (compile.ts
 * passes one that emits source maps); its executor loaded with a `vm` that
 * names each cell's script (`nnlab-cell-<n>.js`, so stack frames say which
 * cell they are in, whoever formats the stack). Those two modules are
 * evaluated afresh, with a `require` that hands them the substitute; the rest
 * of tslab keeps what it was installed with.
 */
import { readFileSync } from "fs";
import Module, { createRequire } from "module";
import path from "path";
import vm from "vm";
import type * as TS from "typescript";
import { CachedModule, requireCached } from "./codecache";
import type { Converter } from "./compile";

const TYPESCRIPT = "@tslab/typescript-for-tslab";

export interface Tslab {
  ts: typeof TS;
  /** Writes V8's code for tslab's TypeScript to the code cache (codecache.ts): call it once TypeScript has compiled a cell. */
  saveCodeCache(): void;
  /** tslab's executor; the code of each cell runs as a script named `scriptName()`. */
  createExecutor: (rootDir: string, converters: object, console: { log(...args: unknown[]): void; error(...args: unknown[]): void }, scriptName: () => string) => any;
  isCompleteCode: (code: string) => { completed: boolean; indent?: string };
  printQuickInfo: (info: unknown) => string;
  /** tslab's node converter, its module loaded with `ts` as its TypeScript. */
  createConverter: (ts: typeof TS) => Converter;
}

let typescript: CachedModule | undefined;

/** tslab's TypeScript (`@tslab/typescript-for-tslab`), loaded through the code cache; the instance `require` gives from then on. */
export function tslabTypeScript(): CachedModule {
  return (typescript ??= requireCached(createRequire(require.resolve("tslab/package.json")).resolve(TYPESCRIPT)));
}

export function loadTslab(): Tslab {
  const tslab = createRequire(require.resolve("tslab/package.json"));
  const ts = tslabTypeScript();
  return {
    ts: ts.exports,
    saveCodeCache: () => ts.save(),
    isCompleteCode: tslab("./dist/converter").isCompleteCode,
    printQuickInfo: tslab("./dist/inspect").printQuickInfo,
    createConverter(ts) {
      const { createConverter } = loadWith(tslab.resolve("./dist/converter"), { [TYPESCRIPT]: ts });
      return createConverter({ isJS: false, isBrowser: false });
    },
    createExecutor(rootDir, converters, console, scriptName) {
      const named = {
        ...vm,
        runInThisContext: (code: string, options?: vm.RunningScriptOptions) => vm.runInThisContext(code, { ...options, filename: scriptName() }),
      };
      return loadWith(tslab.resolve("./dist/executor"), { vm: named }).createExecutor(rootDir, converters, console);
    },
  };
}

/** Evaluates the CommonJS module `file` afresh, `require(id)` giving `substitutes[id]` where there is one. */
function loadWith(file: string, substitutes: Record<string, unknown>): Record<string, any> {
  const requireFromFile = createRequire(file);
  const module = { exports: {} as Record<string, any> };
  const requireWith = Object.assign((id: string) => (id in substitutes ? substitutes[id] : requireFromFile(id)), requireFromFile);
  const load = vm.runInThisContext(Module.wrap(readFileSync(file, "utf8")), { filename: file });
  load.call(module.exports, module.exports, requireWith, module, file, path.dirname(file));
  return module.exports;
}
