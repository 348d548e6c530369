/**
 * The TypeScript engine: tslab's compiler and executor (pinned 1.0.22), with
 * their results turned into values instead of console text. tslab reports
 * through the console it is given: the cell's last expression as
 * `log(value)`, TypeScript diagnostics as `error("%s%d:%d - %s", file, line,
 * column, message)` and exceptions as `error(thrown)`.
 */
import { createRequire } from "module";
import { bundleOf } from "./bundle";
import { compileError, CompileDiagnostic, ErrorContent, runtimeError } from "./errors";
import { expandShorthand } from "./shorthand";

export type Outcome =
  | { status: "ok"; result?: Record<string, unknown> }
  | ({ status: "error" } & ErrorContent);

export interface Completion {
  start: number;
  end: number;
  matches: string[];
}

export interface Engine {
  execute(code: string): Promise<Outcome>;
  complete(code: string, cursor: number): Completion;
  /** Quick info (type and docs) at `cursor`, or undefined. */
  inspect(code: string, cursor: number): string | undefined;
  isComplete(code: string): { status: "complete" } | { status: "incomplete"; indent: string };
  /** Stops an awaiting cell (a synchronous one is stopped by SIGINT itself). */
  interrupt(): void;
  close(): void;
}

const DIAGNOSTIC_FORMAT = "%s%d:%d - %s";

/** Creates the engine for notebooks in `rootDir` (the kernel's working directory). */
export function createEngine(rootDir: string): Engine {
  const tslab = createRequire(require.resolve("tslab/package.json"));
  const { createConverter, isCompleteCode } = tslab("./dist/converter");
  const { createExecutor } = tslab("./dist/executor");
  const { printQuickInfo } = tslab("./dist/inspect");
  const ts = tslab("@tslab/typescript-for-tslab");

  let node: any;
  let lastJs = "";
  const converters = {
    get node() {
      if (!node) {
        node = createConverter({ isJS: false, isBrowser: false });
        const convert = node.convert.bind(node);
        node.convert = (prevDecl: string, src: string) => {
          const converted = convert(prevDecl, src);
          lastJs = converted.output ?? "";
          return converted;
        };
      }
      return node;
    },
    get browser(): never {
      throw new Error("nnlab kernel: browser cells (//%browser) are not supported.");
    },
    close: () => node?.close(),
  };

  /** What tslab reported for the cell being run. */
  const cell: { value?: { value: unknown }; thrown?: { value: unknown }; diagnostics: CompileDiagnostic[] } = { diagnostics: [] };
  const executor = createExecutor(rootDir, converters, {
    log: (value: unknown) => (cell.value = { value }),
    error: (first: unknown, ...rest: unknown[]) => {
      if (first === DIAGNOSTIC_FORMAT) {
        const [file, line, column, message] = rest as [string, number, number, string];
        cell.diagnostics.push({ file: file.trim(), line, column, message: String(message) });
      } else {
        cell.thrown = { value: first };
      }
    },
  });
  const resetCell = () => {
    cell.value = undefined;
    cell.thrown = undefined;
    cell.diagnostics = [];
    lastJs = "";
  };
  converters.node; // warm the compiler (~1 s) before the first cell

  return {
    async execute(code) {
      resetCell();
      const ok: boolean = await executor.execute(expandShorthand(code, ts));
      if (cell.diagnostics.length > 0) return { status: "error", ...compileError(cell.diagnostics, code) };
      if (!ok || cell.thrown) return { status: "error", ...runtimeError(cell.thrown?.value, code, lastJs) };
      if (!cell.value) return { status: "ok" };
      try {
        return { status: "ok", result: await bundleOf(cell.value.value) };
      } catch (error) {
        return { status: "error", ...runtimeError(error, code, lastJs) };
      }
    },
    complete(code, cursor) {
      const info = executor.complete(code, cursor);
      return { start: info.start, end: info.end, matches: info.candidates };
    },
    inspect(code, cursor) {
      const info = executor.inspect(code, cursor);
      return info ? printQuickInfo(info) : undefined;
    },
    isComplete(code) {
      const result = isCompleteCode(code);
      return result.completed ? { status: "complete" } : { status: "incomplete", indent: result.indent ?? "" };
    },
    interrupt: () => executor.interrupt(),
    close: () => executor.close(),
  };
}
