import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import * as ts from "typescript";
import { afterAll, describe, expect, it, test } from "vitest";
import { blankDocComments, isLibraryDeclaration, withoutLibraryDocs } from "../../src/kernel/libdocs";
import { loadTslab } from "../../src/kernel/tslab";

describe("blankDocComments(text)", () => {
  it("blankDocComments(text) replaces each /** … */ by its newlines, keeping every line in place", () => {
    const text = "/**\n * Adds.\n * @param a first\n */\ndeclare function add(a: number): number;\n/** One line. */ declare const x: 1;\n";
    expect(blankDocComments(text)).toBe("\n\n\n\ndeclare function add(a: number): number;\n declare const x: 1;\n");
  });

  it("blankDocComments(text) leaves plain comments, /**/ and comment-like text in strings alone", () => {
    const text = '/* plain */ // line /** not a doc\ndeclare const s: "/** in a string */";\ntype T = `/** ${string}`;\n/**/ declare const y: 2;\n';
    expect(blankDocComments(text)).toBe(text);
  });

  it("blankDocComments(text) gives the same declarations to the compiler, without JSDoc", () => {
    const text = "/** Doc. @deprecated */\nexport declare function f(x: number): string;\n/** I. */\nexport interface I { /** a */ a: number }\n";
    const print = (source: string) => {
      const file = ts.createSourceFile("a.d.ts", source, ts.ScriptTarget.ES2022, true);
      return ts.createPrinter({ removeComments: true }).printFile(file);
    };
    expect(print(blankDocComments(text))).toBe(print(text));
    const stripped = ts.createSourceFile("a.d.ts", blankDocComments(text), ts.ScriptTarget.ES2022, true);
    expect(ts.getJSDocTags(stripped.statements[0])).toEqual([]);
  });
});

test("isLibraryDeclaration(file) is a .d.ts under node_modules", () => {
  expect(isLibraryDeclaration("/x/node_modules/@types/node/fs.d.ts")).toBe(true);
  expect(isLibraryDeclaration("C:\\x\\node_modules\\typescript\\lib\\lib.es5.d.ts")).toBe(true);
  expect(isLibraryDeclaration("/x/node_modules/vega/index.js")).toBe(false);
  expect(isLibraryDeclaration("/x/dist/index.d.ts")).toBe(false);
});

describe("withoutLibraryDocs(ts)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "libdocs-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("withoutLibraryDocs(ts) reads library declarations without docs until restore(), then tells their watchers", () => {
    const file = path.join(dir, "node_modules", "lib.d.ts");
    const own = path.join(dir, "own.d.ts");
    require("fs").mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, "/** Doc. */\ndeclare const a: 1;\n");
    writeFileSync(own, "/** Mine. */\ndeclare const b: 2;\n");
    // A `ts` of its own (a fresh sys), so the kernel's compiler in other tests is not affected.
    const sys = Object.assign(Object.create(ts.sys), { readFile: ts.sys.readFile, watchFile: () => ({ close() {} }) });
    const fake = { sys, FileWatcherEventKind: ts.FileWatcherEventKind } as unknown as typeof ts;
    const docs = withoutLibraryDocs(fake);
    const changed: string[] = [];
    sys.watchFile(file, (name: string) => changed.push(name));
    expect(docs.stripped).toBe(true);
    expect(sys.readFile(file)).toBe("\ndeclare const a: 1;\n");
    expect(sys.readFile(own)).toBe("/** Mine. */\ndeclare const b: 2;\n");
    docs.restore();
    expect(docs.stripped).toBe(false);
    expect(changed).toEqual([file]);
    expect(sys.readFile(file)).toBe("/** Doc. */\ndeclare const a: 1;\n");
    expect(withoutLibraryDocs(fake)).toBe(docs);
  });
});

test("loadTslab().ts is the TypeScript tslab's converter requires", () => {
  const tslab = loadTslab();
  const viaRequire = require(require.resolve("@tslab/typescript-for-tslab", { paths: [path.dirname(require.resolve("tslab/package.json"))] }));
  expect(tslab.ts).toBe(viaRequire);
});
