/**
 * Library declarations without their doc comments until someone asks for docs.
 *
 * Most of what the compiler reads at kernel start is documentation: of the
 * ~2.9 MB of declarations in a fresh program (TypeScript's lib files,
 * `@types/node`), ~1.8 MB is `/** … *\/` comments, which TypeScript 5.0
 * parses into JSDoc nodes for every declaration. They change no type (JSDoc
 * types only count in JavaScript files) and no error a cell gets; they are
 * read for quick info (inspect, Shift+Tab). So `.d.ts` files under a
 * `node_modules` folder are read with doc comments blanked (newlines kept,
 * so lines stay where they were) until `restore()`: the engine calls it on
 * the first inspect request, which then tells the compiler's watchers of
 * library declarations that their files changed, so the next program reads
 * them whole. (All of them: a file may be read by another path than the one
 * watched, as tslab reads `<cwd>/node_modules/tslab` from its own folder.)
 */
import type * as TS from "typescript";

export interface LibraryDocs {
  /** Reads library files whole from now on and re-reads those read without docs. */
  restore(): void;
  /** True until `restore()`. */
  readonly stripped: boolean;
}

type Sys = Record<string, any>;

/** Installs the reading without docs on `ts.sys` (the compiler's file system, shared by every program of this `ts`). */
export function withoutLibraryDocs(ts: typeof TS): LibraryDocs {
  const sys: Sys = ts.sys;
  if (sys.__nnlabLibraryDocs) return sys.__nnlabLibraryDocs;
  let stripped = true;
  const watchers = new Map<string, Set<TS.FileWatcherCallback>>();
  const readFile = sys.readFile;
  const watchFile = sys.watchFile;
  sys.readFile = (file: string, encoding?: string) => {
    const text: string | undefined = readFile.call(sys, file, encoding);
    if (!stripped || text === undefined || !isLibraryDeclaration(file)) return text;
    return blankDocComments(text);
  };
  if (typeof watchFile === "function") {
    sys.watchFile = (file: string, callback: TS.FileWatcherCallback, ...rest: unknown[]) => {
      const watcher: TS.FileWatcher = watchFile.call(sys, file, callback, ...rest);
      if (!isLibraryDeclaration(file)) return watcher;
      const set = watchers.get(file) ?? new Set();
      set.add(callback);
      watchers.set(file, set);
      return {
        close() {
          set.delete(callback);
          watcher.close();
        },
      };
    };
  }
  const docs: LibraryDocs = {
    get stripped() {
      return stripped;
    },
    restore() {
      if (!stripped) return;
      stripped = false;
      for (const [file, callbacks] of watchers) for (const callback of [...callbacks]) callback(file, ts.FileWatcherEventKind.Changed);
    },
  };
  sys.__nnlabLibraryDocs = docs;
  return docs;
}

/** A declaration file inside a `node_modules` folder (TypeScript's lib files, `@types`, packages). */
export function isLibraryDeclaration(file: string): boolean {
  return file.endsWith(".d.ts") && /[\\/]node_modules[\\/]/.test(file);
}

const STAR = 42;
const SLASH = 47;
const NEWLINE = 10;
const BACKSLASH = 92;
const BACKTICK = 96;
/** Where something that is not plain code may start: a quote, `//` or `/*`. */
const NEXT = /["'`]|\/[/*]/g;

/**
 * `text` with every doc comment (`/** … *\/`) replaced by its newlines;
 * other comments, strings and template literals stay as they are.
 */
export function blankDocComments(text: string): string {
  let out = "";
  let from = 0;
  const n = text.length;
  const next = new RegExp(NEXT);
  for (let match = next.exec(text); match; match = next.exec(text)) {
    const i = match.index;
    const c = text.charCodeAt(i);
    let end: number;
    if (c !== SLASH) {
      end = skipString(text, i, c);
    } else if (text.charCodeAt(i + 1) === SLASH) {
      const line = text.indexOf("\n", i + 2);
      end = line < 0 ? n : line;
    } else {
      const close = text.indexOf("*/", i + 2);
      end = close < 0 ? n : close + 2;
      // `/**/` is an empty plain comment, not a doc comment.
      if (text.charCodeAt(i + 2) === STAR && text.charCodeAt(i + 3) !== SLASH) {
        out += text.slice(from, i) + newlinesOf(text, i, end);
        from = end;
      }
    }
    next.lastIndex = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The index after the string or template literal opened by `quote` at `start`. */
function skipString(text: string, start: number, quote: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === quote) return i + 1;
    else if (c === NEWLINE && quote !== BACKTICK) return i; // an unterminated quote ends at the line
  }
  return text.length;
}

function newlinesOf(text: string, start: number, end: number): string {
  let lines = "";
  for (let i = text.indexOf("\n", start); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) lines += "\n";
  return lines;
}
