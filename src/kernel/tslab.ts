/**
 * tslab (pinned 1.0.22), loaded from its own installation: its TypeScript,
 * executor and helpers, and its converter loaded with a `ts` of our choosing
 * (compile.ts passes one that emits source maps). The converter module is
 * evaluated afresh for that, with a `require` that hands it that `ts`; the
 * rest of tslab keeps the TypeScript it was installed with.
 */
import { readFileSync } from "fs";
import Module, { createRequire } from "module";
import path from "path";
import vm from "vm";
import type * as TS from "typescript";
import type { Converter } from "./compile";

const TYPESCRIPT = "@tslab/typescript-for-tslab";

export interface Tslab {
  ts: typeof TS;
  createExecutor: (rootDir: string, converters: object, console: { log(...args: unknown[]): void; error(...args: unknown[]): void }) => any;
  isCompleteCode: (code: string) => { completed: boolean; indent?: string };
  printQuickInfo: (info: unknown) => string;
  /** tslab's node converter, its module loaded with `ts` as its TypeScript. */
  createConverter: (ts: typeof TS) => Converter;
}

export function loadTslab(): Tslab {
  const tslab = createRequire(require.resolve("tslab/package.json"));
  return {
    ts: tslab(TYPESCRIPT),
    createExecutor: tslab("./dist/executor").createExecutor,
    isCompleteCode: tslab("./dist/converter").isCompleteCode,
    printQuickInfo: tslab("./dist/inspect").printQuickInfo,
    createConverter(ts) {
      const file = tslab.resolve("./dist/converter");
      const requireFromFile = createRequire(file);
      const exports: Record<string, any> = {};
      const module = { exports };
      const requireWithTs = (id: string) => (id === TYPESCRIPT ? ts : requireFromFile(id));
      const load = vm.runInThisContext(Module.wrap(readFileSync(file, "utf8")), { filename: file });
      load.call(exports, exports, requireWithTs, module, file, path.dirname(file));
      return module.exports.createConverter({ isJS: false, isBrowser: false });
    },
  };
}
