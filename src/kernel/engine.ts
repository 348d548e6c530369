/**
 * The TypeScript engine: tslab's executor (pinned 1.0.22) running cells that
 * compile.ts converts, with its results turned into values instead of
 * console text. tslab reports through the console it is given: the cell's
 * last expression as `log(value)`, TypeScript diagnostics as
 * `error("%s%d:%d - %s", file, line, column, message)` and exceptions as
 * `error(thrown)`.
 */
import { bundleOf } from "./bundle";
import { cellFrames, createCellCompiler } from "./compile";
import { compileError, CompileDiagnostic, ErrorContent, runtimeError } from "./errors";
import { withoutLibraryDocs } from "./libdocs";
import { messages } from "./messages";
import { loadTslab } from "./tslab";
import { isNotAnswered } from "../lesson/notAnswered";

export type Outcome =
  | { status: "ok"; result?: Record<string, unknown>; stderr?: string }
  | ({ status: "error" } & ErrorContent);

export interface Completion {
  start: number;
  end: number;
  matches: string[];
}

export interface Engine {
  /** Runs a cell; `code` comes from a request and may be anything. */
  execute(code: unknown): Promise<Outcome>;
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
  const tslab = loadTslab();
  const docs = withoutLibraryDocs(tslab.ts);
  const compiler = createCellCompiler(tslab.ts, tslab.createConverter);
  const converters = {
    get node() {
      return compiler.converter;
    },
    get browser(): never {
      throw new Error(messages.browserCells());
    },
    close: () => compiler.converter.close(),
  };

  /** What tslab reported for the cell being run. */
  const cell: { value?: { value: unknown }; thrown?: { value: unknown }; diagnostics: CompileDiagnostic[] } = { diagnostics: [] };
  const executor = tslab.createExecutor(rootDir, converters, {
    log: (value: unknown) => (cell.value = { value }),
    error: (first: unknown, ...rest: unknown[]) => {
      if (first === DIAGNOSTIC_FORMAT) {
        const [file, line, column, message] = rest as [string, number, number, string];
        cell.diagnostics.push({ file: file.trim(), line, column, message: String(message) });
      } else {
        cell.thrown = { value: first };
      }
    },
  }, compiler.scriptName);
  const resetCell = () => {
    cell.value = undefined;
    cell.thrown = undefined;
    cell.diagnostics = [];
    compiler.takeCell();
  };
  compiler.converter.convert("", ""); // warm the compiler before the first cell
  compiler.takeCell();
  tslab.saveCodeCache();
  const locate = compiler.locate.bind(compiler);

  return {
    async execute(code) {
      if (typeof code !== "string") return { status: "error", ...notSource(code) };
      resetCell();
      const ok: boolean = await executor.execute(code);
      const compiled = compiler.takeCell();
      if (cell.diagnostics.length > 0) return { status: "error", ...compileError(cell.diagnostics, code) };
      if (!ok || cell.thrown) {
        const thrown = cell.thrown?.value;
        compiled?.commitReached(executor.locals, cellFrames(thrown));
        // An exercise stub nobody answered yet (`throw notAnswered()`) is no cell error: its
        // message goes to stderr, the reply is "ok" (Run All goes on), the declarations stay.
        if (isNotAnswered(thrown)) return { status: "ok", stderr: `${String(thrown.message)}\n` };
        return { status: "error", ...runtimeError(thrown, locate) };
      }
      compiled?.commit();
      if (!cell.value) return { status: "ok" };
      try {
        const result = await bundleOf(cell.value.value);
        return result ? { status: "ok", result } : { status: "ok" };
      } catch (error) {
        return { status: "error", ...runtimeError(error, locate) };
      }
    },
    complete(code, cursor) {
      const info = executor.complete(code, cursor);
      return { start: info.start, end: info.end, matches: info.candidates };
    },
    inspect(code, cursor) {
      docs.restore();
      const info = executor.inspect(code, cursor);
      return info ? tslab.printQuickInfo(info) : undefined;
    },
    isComplete(code) {
      const result = tslab.isCompleteCode(code);
      return result.completed ? { status: "complete" } : { status: "incomplete", indent: result.indent ?? "" };
    },
    interrupt: () => executor.interrupt(),
    close: () => executor.close(),
  };
}

/** The error for an execute_request whose `code` is not text. */
function notSource(code: unknown): ErrorContent {
  const evalue = messages.codeNotText(code);
  return { ename: "TypeError", evalue, traceback: [`TypeError: ${evalue}`] };
}
