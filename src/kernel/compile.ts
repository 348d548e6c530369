/**
 * From a cell's source to the JavaScript that runs, and back: the one place
 * the kernel rewrites user code and maps positions.
 *
 * tslab's converter (1.0.22) type-checks a cell against the declarations of
 * earlier cells (`prevDecl`) and emits it in two steps: the compiler's ES
 * module output, then `ts.transpileModule` to CommonJS. This module wraps it:
 *
 * - Rewrite: tslab reaches an earlier cell's variable by rewriting `x` to
 *   `exports.x` but misses shorthand properties (`{ validation }` fails with
 *   "validation is not defined"), so they are written out
 *   (`{ validation: validation }`) before tslab sees the cell. Positions in
 *   the rewritten text map back to the cell's own.
 * - Source maps: the converter is loaded with a `ts` whose watch program emits
 *   inline source maps and whose `transpileModule` keeps a map of its own;
 *   the two compose into a map from the executed JavaScript to the cell. Each
 *   cell's script is named `nnlab-cell-<n>.js` (`scriptName()`, which the
 *   executor is given), so a stack frame says which cell it is in, even for a
 *   function an earlier cell defined.
 * - Declarations: this module, not tslab's executor, keeps the declarations
 *   of earlier cells. A cell that runs to the end adds all of its own. A cell
 *   that throws adds those it reached: every name whose value was assigned
 *   (not undefined) and every name declared by a top-level statement that
 *   finished before the one that threw; types and imports always. The other
 *   names it declares are gone: at run time they are undefined (the compiled
 *   cell resets them first), so the next cell must not type-check as if they
 *   were defined.
 *
 * No Node APIs: the caller loads tslab's converter (see tslab.ts).
 */
import type * as TS from "typescript";
import { decodeMappings, Mappings, originalPosition } from "./sourcemap";

/** A 1-based line and column in a cell. */
export interface CellPosition {
  line: number;
  column: number;
}

/** A 0-based position as tslab's converter reports it. */
interface TslabPosition {
  offset: number;
  line: number;
  character: number;
}

export interface TslabDiagnostic {
  start: TslabPosition;
  end: TslabPosition;
  messageText: string;
  fileName?: string;
}

/** What tslab's `convert(prevDecl, src)` returns. */
export interface Converted {
  output?: string;
  declOutput?: string;
  diagnostics: TslabDiagnostic[];
  hasToplevelAwait?: boolean;
  lastExpressionVar?: string;
}

/** tslab's converter (`dist/converter.js`), as its executor calls it. */
export interface Converter {
  convert(prevDecl: string, src: string): Converted;
  inspect(prevDecl: string, src: string, position: number): unknown;
  complete(prevDecl: string, src: string, position: number): unknown;
  addModule(name: string, content: string, meta?: unknown): unknown;
  close(): void;
}

/** A stack frame in cell code: the file name (`nnlab-cell-<n>.js`) and 1-based line and column. */
export interface CellFrame {
  file: string;
  line: number;
  column: number;
}

/** Where a frame of cell code is: its cell's source and the 1-based position in it. */
export interface Located extends CellPosition {
  source: string;
  /** True for the cell being run, false for a function an earlier cell defined. */
  current: boolean;
}

/** The cell the executor is running, converted. */
export interface CompiledCell {
  /** The cell ran to the end: its declarations are kept. */
  commit(): void;
  /** The cell threw: keeps the declarations it reached (see the module doc); `frames` are the thrown value's cell frames. */
  commitReached(locals: Record<string, unknown>, frames: readonly CellFrame[]): void;
}

export interface CellCompiler {
  /** The converter to hand to tslab's executor (`convs.node`). */
  readonly converter: Converter;
  /** The cell converted since the last call (then forgotten); undefined for a cell that did not compile. */
  takeCell(): CompiledCell | undefined;
  /** The cell position of a stack frame (of the last cell or an earlier one), if it is cell code that ran. */
  locate(frame: CellFrame): Located | undefined;
  /** The name the executor gives the script of the cell converted last (`nnlab-cell-<n>.js`). */
  scriptName(): string;
}

/** tslab's converter compiles the cell as this file, after a one-line prefix (`export {};`). */
const CELL_FILE = "__tslab__.ts";
const CELL_FILE_PREFIX_LINES = 1;
const FRAME = /[\s(](nnlab-cell-\d+\.js):(\d+):(\d+)\)?$/;
const INLINE_MAP = /\n?\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/;
const MAP_URL = /\n?\/\/# sourceMappingURL=\S+\s*$/;

/**
 * Creates the compiler. `loadConverter(ts)` must load tslab's converter
 * module with `ts` as its `@tslab/typescript-for-tslab` and create a node
 * converter (`createConverter({ isJS: false, isBrowser: false })`).
 */
export function createCellCompiler(ts: typeof TS, loadConverter: (ts: typeof TS) => Converter): CellCompiler {
  let emitted: { esm: Mappings; cjs: Mappings } | undefined;
  const mapped = withSourceMaps(ts, (maps) => (emitted = maps));
  /** The maps of the cell the converter emitted since the last call. */
  const takeMaps = () => {
    const maps = emitted;
    emitted = undefined;
    return maps;
  };
  let tslab: Converter | undefined;
  const modules: [string, string, unknown][] = [];
  const real = () => {
    if (tslab) return tslab;
    tslab = loadConverter(mapped);
    for (const [name, content, meta] of modules) tslab.addModule(name, content, meta);
    return tslab;
  };
  /**
   * Runs `use` on the converter; if it throws, starts a fresh converter and
   * tries once more. tslab's converter can be left broken by one failure: an
   * exception inside its rebuild leaves its debounce timer set, and every later
   * call throws "Unexpected pending rebuildTimer" — a kernel that fails every
   * cell from then on (seen under heavy load while grading). Nothing is lost by
   * starting again: the declarations of earlier cells (`decls`) and the added
   * modules live here, not in the converter.
   */
  const withConverter = <T>(use: (converter: Converter) => T): T => {
    try {
      return use(real());
    } catch {
      try {
        tslab?.close();
      } catch {
        // a broken converter may fail to close too; it is dropped either way
      }
      tslab = undefined;
      takeMaps();
      return use(real());
    }
  };

  let decls = "";
  let count = 0;
  const ran = new Map<string, { source: string; rewrite: Rewrite; map: (line: number, column: number) => number | undefined }>();
  let pending: CompiledCell | undefined;

  const converter: Converter = {
    convert(_prevDecl, src) {
      const rewrite = rewriteCell(src, ts);
      takeMaps();
      const converted = withConverter((c) => c.convert(decls, rewrite.code));
      converted.diagnostics = converted.diagnostics.map((d) => (d.fileName ? d : { ...d, start: rewrite.back(d.start), end: rewrite.back(d.end) }));
      if (converted.diagnostics.length > 0 || converted.output === undefined) {
        const declOutput = converted.declOutput ?? "";
        const commit = () => (decls = declOutput);
        pending = converted.diagnostics.length > 0 ? undefined : { commit, commitReached: commit };
        return converted;
      }
      const file = `nnlab-cell-${++count}.js`;
      const maps = takeMaps();
      /**
       * JS line:column (1-based, as the executor runs it) → offset in the
       * rewritten cell. Line 1 (where the executor puts its wrapper) is the
       * module marker, never cell code.
       */
      const map = (line: number, column: number) => {
        if (!maps || line < 2) return undefined;
        const esm = originalPosition(maps.cjs, line - 1, column - 1);
        const typed = esm && originalPosition(maps.esm, esm.line, esm.column);
        if (!typed || typed.line < CELL_FILE_PREFIX_LINES) return undefined;
        return rewrite.offsetIn(typed.line - CELL_FILE_PREFIX_LINES, typed.column);
      };
      ran.set(file, { source: src, rewrite, map });
      const declOutput = converted.declOutput ?? "";
      pending = {
        commit: () => (decls = declOutput),
        commitReached(locals, frames) {
          // The outermost frame of this cell that maps is its top-level statement (below it: the executor's wrapper call).
          const offsets = frames.filter((f) => f.file === file).map((f) => map(f.line, f.column));
          decls = keepReached(ts, declOutput, rewrite.code, locals, offsets.filter((o) => o !== undefined).pop());
        },
      };
      return converted;
    },
    inspect: (_prevDecl, src, position) => withConverter((c) => c.inspect(decls, src, position)),
    complete: (_prevDecl, src, position) => withConverter((c) => c.complete(decls, src, position)),
    addModule: (name, content, meta) => {
      const added = withConverter((c) => c.addModule(name, content, meta));
      modules.push([name, content, meta]);
      return added;
    },
    close: () => tslab?.close(),
  };

  return {
    converter,
    takeCell() {
      const cell = pending;
      pending = undefined;
      return cell;
    },
    scriptName: () => `nnlab-cell-${count}.js`,
    locate(frame) {
      const cell = ran.get(frame.file);
      const offset = cell?.map(frame.line, frame.column);
      if (!cell || offset === undefined) return undefined;
      return { ...cell.rewrite.original(offset), source: cell.source, current: frame.file === `nnlab-cell-${count}.js` };
    },
  };
}

/** The cell frame a stack line (`    at f (nnlab-cell-3.js:2:7)`) names, if any. */
export function parseCellFrame(stackLine: string): CellFrame | undefined {
  const match = /^\s+at /.test(stackLine) ? FRAME.exec(stackLine) : null;
  return match ? { file: match[1], line: Number(match[2]), column: Number(match[3]) } : undefined;
}

/** The cell frames of a thrown value's stack, innermost first. */
export function cellFrames(thrown: unknown): CellFrame[] {
  const stack = thrown instanceof Error && typeof thrown.stack === "string" ? thrown.stack : "";
  return stack.split("\n").flatMap((line) => parseCellFrame(line) ?? []);
}

/** `ts` for tslab's converter: its programs emit inline source maps, and `transpileModule` hands both maps to `onCell`. */
function withSourceMaps(ts: typeof TS, onCell: (maps: { esm: Mappings; cjs: Mappings }) => void): typeof TS {
  const createWatchCompilerHost = (rootFiles: string[], options: TS.CompilerOptions, ...rest: unknown[]) =>
    (ts.createWatchCompilerHost as (...args: unknown[]) => unknown)(rootFiles, { ...options, inlineSourceMap: true }, ...rest);
  const transpileModule = (input: string, options: TS.TranspileOptions): TS.TranspileOutput => {
    const inline = INLINE_MAP.exec(input);
    if (!inline) return ts.transpileModule(input, options);
    const esm = JSON.parse(base64Text(inline[1])) as { sources: string[]; mappings: string };
    const out = ts.transpileModule(input.slice(0, inline.index), { ...options, compilerOptions: { ...options.compilerOptions, sourceMap: true } });
    if (esm.sources.length === 1 && esm.sources[0].endsWith(CELL_FILE) && out.sourceMapText) {
      onCell({ esm: decodeMappings(esm.mappings), cjs: decodeMappings(JSON.parse(out.sourceMapText).mappings) });
    }
    return { ...out, outputText: out.outputText.replace(MAP_URL, "\n") };
  };
  return new Proxy(ts, {
    get(target, key, receiver) {
      if (key === "createWatchCompilerHost") return createWatchCompilerHost;
      if (key === "transpileModule") return transpileModule;
      return Reflect.get(target, key, receiver);
    },
  });
}

function base64Text(base64: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
}

/** A cell as tslab sees it, and the way back to the cell's own positions. */
export interface Rewrite {
  code: string;
  /** A 0-based line and column of `code` → the offset in `code`. */
  offsetIn(line: number, column: number): number;
  /** An offset in `code` → the 1-based position in the cell (inside inserted text: the name it repeats). */
  original(offset: number): CellPosition;
  /** tslab's 0-based position in `code` → the same in the cell. */
  back(position: TslabPosition): TslabPosition;
}

/**
 * Writes out every shorthand property (`{ a }` → `{ a: a }`), in object
 * literals and destructuring assignments alike (`({ a, b = 2 } = o)` →
 * `({ a: a, b: b = 2 } = o)`). Text is only inserted, so lines do not move.
 */
export function rewriteCell(code: string, ts: typeof TS): Rewrite {
  const file = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const inserts: { at: number; text: string; name: number }[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isShorthandPropertyAssignment(node)) inserts.push({ at: node.name.getEnd(), text: `: ${node.name.text}`, name: node.name.getStart(file) });
    ts.forEachChild(node, visit);
  };
  visit(file);
  inserts.sort((a, b) => a.at - b.at);
  let out = "";
  let from = 0;
  for (const { at, text } of inserts) {
    out += code.slice(from, at) + text;
    from = at;
  }
  out += code.slice(from);

  const toOriginal = (offset: number): number => {
    let shift = 0;
    for (const insert of inserts) {
      const at = insert.at + shift;
      if (offset < at) break;
      if (offset < at + insert.text.length) return insert.name;
      shift += insert.text.length;
    }
    return offset - shift;
  };
  const codeLines = lineStarts(out);
  const cellLines = lineStarts(code);
  const position = (offset: number) => {
    const line = lineOf(cellLines, offset);
    return { offset, line, character: offset - cellLines[line] };
  };
  return {
    code: out,
    offsetIn: (line, column) => (codeLines[line] ?? out.length) + column,
    original(offset) {
      const p = position(toOriginal(offset));
      return { line: p.line + 1, column: p.character + 1 };
    },
    back: (p) => position(toOriginal(p.offset)),
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return line;
}

/**
 * tslab's declarations after a cell (`declOutput`) without the values the
 * cell declared but did not reach before it threw. `thrownAt` is the offset
 * in `code` of the top-level statement that threw, when the stack shows it.
 */
export function keepReached(ts: typeof TS, declOutput: string, code: string, locals: Record<string, unknown>, thrownAt: number | undefined): string {
  const cell = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const dropped = new Set<string>();
  for (const statement of cell.statements) {
    const finished = thrownAt !== undefined && statement.getEnd() <= thrownAt;
    for (const name of valueNames(ts, statement)) {
      if (!finished && locals[name] === undefined) dropped.add(name);
    }
  }
  if (dropped.size === 0) return declOutput;
  const decl = ts.createSourceFile("decl.d.ts", declOutput, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
  const kept: string[] = [];
  for (const statement of decl.statements) {
    if (ts.isVariableStatement(statement)) {
      const declarations = statement.declarationList.declarations.filter((d) => !(ts.isIdentifier(d.name) && dropped.has(d.name.text)));
      if (declarations.length === statement.declarationList.declarations.length) kept.push(statement.getText(decl));
      else if (declarations.length > 0) {
        const list = ts.factory.updateVariableDeclarationList(statement.declarationList, declarations);
        kept.push(printer.printNode(ts.EmitHint.Unspecified, ts.factory.updateVariableStatement(statement, statement.modifiers, list), decl));
      }
      continue;
    }
    const name = (statement as { name?: TS.Node }).name;
    const isValue = ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement) || ts.isModuleDeclaration(statement);
    if (isValue && name && ts.isIdentifier(name) && dropped.has(name.text)) continue;
    kept.push(statement.getText(decl));
  }
  return kept.map((s) => s + "\n").join("");
}

/** The run-time names a top-level statement of a cell declares (not types, not imports: those are always there). */
function valueNames(ts: typeof TS, statement: TS.Statement): string[] {
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.flatMap((d) => bindingNames(ts, d.name));
  if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement) || ts.isModuleDeclaration(statement)) {
    const name = statement.name;
    return name && ts.isIdentifier(name) ? [name.text] : [];
  }
  return [];
}

function bindingNames(ts: typeof TS, name: TS.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingNames(ts, e.name)));
}
