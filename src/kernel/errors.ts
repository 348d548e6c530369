/**
 * Jupyter `error` content (ename, evalue, traceback) for what can go wrong in
 * a cell: TypeScript diagnostics (line:column in the cell), exceptions, and
 * interrupts. Tracebacks point at the cell's line and show it with a caret.
 */
import { CellFrame, Located, parseCellFrame } from "./compile";
import { messages } from "./messages";

export interface ErrorContent {
  ename: string;
  evalue: string;
  traceback: string[];
}

export interface CompileDiagnostic {
  /** Set when the error is in another file the cell imports. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
}

const red = (s: string) => `\x1b[0;31m${s}\x1b[0m`;
const cyan = (s: string) => `\x1b[0;36m${s}\x1b[0m`;

/** `  3 | code` and a caret under `column` (1-based). */
export function sourceExcerpt(source: string, line: number, column?: number): string[] {
  const text = source.split("\n")[line - 1];
  if (text === undefined) return [];
  const gutter = `${line} | `;
  const out = [cyan(gutter) + text];
  if (column !== undefined) out.push(" ".repeat(gutter.length + Math.max(0, column - 1)) + red("^"));
  return out;
}

/** One error for all TypeScript diagnostics of a cell. */
export function compileError(diagnostics: readonly CompileDiagnostic[], source: string): ErrorContent {
  const where = (d: CompileDiagnostic) => `${d.file ? d.file + " " : ""}${d.line}:${d.column}`;
  const first = diagnostics[0];
  const traceback: string[] = [red("TSError") + `: TypeScript found ${diagnostics.length} error${diagnostics.length === 1 ? "" : "s"} in this cell`];
  for (const d of diagnostics) {
    traceback.push("", `${cyan(where(d))} - ${d.message}`, ...(d.file ? [] : sourceExcerpt(source, d.line, d.column)));
  }
  return { ename: "TSError", evalue: `${where(first)} - ${first.message}`, traceback };
}

const INTERRUPTED = /^(Script execution (was )?interrupted|Interrupted asynchronously)/;

/** Error content for a value thrown by a cell; `locate` finds a cell frame's line and column (compile.ts). */
export function runtimeError(thrown: unknown, locate: (frame: CellFrame) => Located | undefined = () => undefined): ErrorContent {
  if (thrown instanceof Error && INTERRUPTED.test(thrown.message)) {
    return { ename: "Interrupted", evalue: messages.interrupted(), traceback: [`${red("Interrupted")}: ${messages.interrupted()}`] };
  }
  const ename = thrown instanceof Error ? thrown.name || thrown.constructor.name : typeof thrown;
  const evalue = thrown instanceof Error ? thrown.message : String(thrown);
  const stack = thrown instanceof Error && typeof thrown.stack === "string" ? thrown.stack : "";
  const frames = stack.split("\n").filter((l) => /^\s+at /.test(l));
  // Frames below the cell are the kernel running it: cut them.
  const lastCell = frames.map((f) => parseCellFrame(f) !== undefined).lastIndexOf(true);
  const lines = [`${red(ename)}: ${evalue}`];
  for (const frame of lastCell >= 0 ? frames.slice(0, lastCell + 1) : frames) {
    const cellFrame = parseCellFrame(frame);
    if (cellFrame) {
      const at = locate(cellFrame);
      if (!at) continue;
      const where = `${at.line}:${at.column}`;
      lines.push(`    at ${cyan(at.current ? `cell line ${where}` : `line ${where} of an earlier cell`)}`, ...sourceExcerpt(at.source, at.line, at.column).map((l) => "      " + l));
      continue;
    }
    if (/\(node:|tslab[\\/]dist|[\\/]kernel[\\/](engine|server|main)\.(js|ts)/.test(frame)) continue;
    lines.push(frame);
  }
  return { ename, evalue, traceback: lines };
}
