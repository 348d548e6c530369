import * as ts from "typescript";
import { expect, test } from "vitest";
import { decodeMappings, decodeVlq, originalPosition } from "../../src/kernel/sourcemap";

test("decodeVlq(text) reads base64 VLQ numbers: sign in the low bit, 5 bits a digit", () => {
  // A=0, C=2 → +1, D=3 → -1, gB = 32 (continue, 0) then 1 → 1·2⁵ = 32 → +16
  expect(decodeVlq("AACD")).toEqual([0, 0, 1, -1]);
  expect(decodeVlq("gB")).toEqual([16]);
  expect(decodeVlq("hB")).toEqual([-16]);
});

test("decodeMappings(mappings) accumulates source lines across generated lines and resets columns per line", () => {
  // line 0: col 0 → (0,0), col 4 → (0,2); line 1: col 2 → (1,2)
  expect(decodeMappings("AAAA,IAAE;EACA")).toEqual([
    [{ column: 0, sourceLine: 0, sourceColumn: 0 }, { column: 4, sourceLine: 0, sourceColumn: 2 }],
    [{ column: 2, sourceLine: 1, sourceColumn: 2 }],
  ]);
});

test("originalPosition(map, line, column) takes the last segment at or before the column", () => {
  const map = decodeMappings("AAAA,IAAE;;EACA");
  expect(originalPosition(map, 0, 3)).toEqual({ line: 0, column: 0 });
  expect(originalPosition(map, 0, 9)).toEqual({ line: 0, column: 2 });
  expect(originalPosition(map, 1, 0)).toBeUndefined();
  expect(originalPosition(map, 2, 0)).toEqual({ line: 1, column: 2 }); // before the first segment: the first one
});

test("originalPosition finds TypeScript's own mapping of a shifted statement", () => {
  const source = "interface P { x: number }\nconst p: P = { x: 1 };\nconsole.log(p.x);";
  const out = ts.transpileModule(source, { compilerOptions: { sourceMap: true, target: ts.ScriptTarget.ES2022 } });
  const map = decodeMappings(JSON.parse(out.sourceMapText!).mappings);
  const js = out.outputText.split("\n");
  const line = js.findIndex((l) => l.startsWith("console.log"));
  expect(originalPosition(map, line, js[line].indexOf("p.x"))).toEqual({ line: 2, column: 12 });
});
