/**
 * The shape of the source, checked so it cannot drift:
 * - the engine (src/core: network, forward, backward, activations, losses,
 *   traces, gradients) stays readable in one sitting — at most 900 lines of
 *   code (lines that are neither blank nor comment), no file over 250 lines;
 * - its performance kernels stay in src/core/kernels, and nothing outside the
 *   engine's forward/backward files calls them;
 * - imports across src/ form no cycle, and the engine imports nothing from the
 *   rooms built on it (training, data, charts, notebook, …).
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { describe, expect, it } from "vitest";

const src = path.join(__dirname, "..", "src");

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

const rel = (file: string) => path.relative(src, file).split(path.sep).join("/");

/** Lines that hold code: not blank, not only comment (found with TypeScript's own scanner). */
function codeLines(text: string): number {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const lines = new Set<number>();
  const lineOf = (pos: number) => ts.getLineAndCharacterOfPosition(sourceOf(text), pos).line;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.TemplateHead || token === ts.SyntaxKind.NoSubstitutionTemplateLiteral) {
      const [from, to] = [lineOf(scanner.getTokenPos()), lineOf(scanner.getTextPos())];
      for (let l = from; l <= to; l++) lines.add(l);
    } else {
      lines.add(lineOf(scanner.getTokenPos()));
    }
  }
  return lines.size;
}
const sources = new Map<string, ts.SourceFile>();
function sourceOf(text: string): ts.SourceFile {
  let file = sources.get(text);
  if (!file) sources.set(text, (file = ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest)));
  return file;
}

/** The engine's teaching code: src/core without its kernels and the support files listed with their reason. */
const SUPPORT: Record<string, string> = {
  "core/index.ts": "the public exports",
  "core/messages.ts": "every message text of the engine",
  "core/options.ts": "the option-checking vocabulary shared by core, training and data",
  "core/checks.ts": "argument and index checks",
  "core/errors.ts": "the error class",
  "core/format.ts": "how numbers are written for a learner",
  "core/random.ts": "the seeded generator (also used by data and training)",
  "core/mlp.ts": "building a network from sizes and options",
  "core/init.ts": "starting weights",
  "core/dropout.ts": "the dropout option and masks",
  "core/activations/custom.ts": "activations from a formula, differentiated by mathjs",
};
const isKernel = (name: string) => name.startsWith("core/kernels/");
const files = tsFiles(src);
const coreFiles = files.map(rel).filter((name) => name.startsWith("core/"));
const engine = coreFiles.filter((name) => !isKernel(name) && !(name in SUPPORT));

describe("the engine reads in one sitting", () => {
  it("the engine (src/core's forward/backward path) has at most 900 lines of code", () => {
    const counts = Object.fromEntries(engine.map((name) => [name, codeLines(fs.readFileSync(path.join(src, name), "utf8"))]));
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(engine).toEqual(expect.arrayContaining(["core/network.ts", "core/forward.ts", "core/backward.ts", "core/trace.ts", "core/grads.ts"]));
    expect(total, JSON.stringify(counts, null, 1)).toBeLessThanOrEqual(900);
  });

  it("no file of src/core or src/training is over 250 lines", () => {
    const long = files.map(rel)
      .filter((name) => name.startsWith("core/") || name.startsWith("training/"))
      .map((name) => [name, fs.readFileSync(path.join(src, name), "utf8").split("\n").length] as const)
      .filter(([, lines]) => lines > 250);
    expect(long).toEqual([]);
  });

  it("every support file named above exists (so the list cannot hide code)", () => {
    expect(Object.keys(SUPPORT).filter((name) => !coreFiles.includes(name))).toEqual([]);
  });
});

describe("messages", () => {
  const rooms = fs.readdirSync(src, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `${entry.name}/`);

  it("the rule below covers every layer of src/", () => {
    expect(rooms).toEqual(expect.arrayContaining(["core/", "training/", "data/", "autodiff/", "charts/", "notebook/", "kernel/",
      "assign/", "cli/", "hub/", "ipynb/", "python/", "export/", "jupyter/", "lesson/"]));
  });

  it("every error of every layer (and of src/'s own files) takes its text from a messages module", () => {
    const inline = files.map(rel).filter((name) => !name.endsWith("messages.ts"))
      .flatMap((name) => fs.readFileSync(path.join(src, name), "utf8").split("\n")
        .map((line, k) => [k + 1, line] as const)
        .filter(([, line]) => /new \w*Error\(\s*[`"']/.test(line) || /\.message = [`"']/.test(line))
        .map(([k, line]) => `${name}:${k}: ${line.trim()}`));
    expect(inline).toEqual([]);
  });
});

/** Each file's relative imports (import, import type, export … from, require, import()), resolved to files. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
  return info.importedFiles.map((f) => f.fileName).filter((name) => name.startsWith(".")).map((name) => {
    const base = path.resolve(path.dirname(file), name);
    const found = [`${base}.ts`, path.join(base, "index.ts"), base].find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
    if (!found) throw new Error(`${rel(file)} imports ${name}, which is not a file`);
    return found;
  });
}


describe("imports", () => {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));

  it("form no cycle anywhere in src/", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, "open");
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next].map(rel).join(" → "));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, "done");
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it("the engine imports nothing from the rooms built on it", () => {
    const outward = files.filter((file) => rel(file).startsWith("core/"))
      .flatMap((file) => (graph.get(file) ?? []).filter((to) => !rel(to).startsWith("core/")).map((to) => `${rel(file)} → ${rel(to)}`));
    expect(outward).toEqual([]);
  });

  it("the performance kernels are called only by the forward and backward passes (and evaluation)", () => {
    const callers = files.filter((file) => !isKernel(rel(file)) && (graph.get(file) ?? []).some((to) => isKernel(rel(to)))).map(rel).sort();
    expect(callers.every((name) => ["core/forward.ts", "core/backward.ts", "training/evaluate.ts"].includes(name)), callers.join(", ")).toBe(true);
  });
});
