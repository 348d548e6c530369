import { readFileSync } from "fs";
import { join } from "path";
import * as ts from "typescript";
import { describe, expect, it } from "vitest";

/** The README's ```ts blocks that import nnlab: run against the built package, so the front door never rots. */
const root = join(__dirname, "..");
const blocks = [...readFileSync(join(root, "README.md"), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)]
  .map((m) => m[1])
  .filter((code) => code.includes('from "nnlab"'));

describe("README", () => {
  it("has code examples", () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  blocks.forEach((code, k) => {
    it(`example ${k + 1} type-checks against dist/ and runs`, () => {
      const file = join(root, `test/.readme-example-${k}.ts`);
      const host = ts.createCompilerHost({});
      const read = host.readFile.bind(host);
      host.readFile = (name) => (name === file ? code : read(name));
      const exists = host.fileExists.bind(host);
      host.fileExists = (name) => name === file || exists(name);
      const program = ts.createProgram([file], {
        strict: true, noEmit: true, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.NodeJs,
        target: ts.ScriptTarget.ES2020, types: [], baseUrl: root, paths: { nnlab: ["dist/index.d.ts"] },
      }, host);
      const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      expect(problems).toEqual([]);
      const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
      const load = (name: string) => (name === "nnlab" ? require(join(root, "dist")) : require(name));
      expect(() => new Function("require", "exports", js)(load, {})).not.toThrow();
    });
  });
});
