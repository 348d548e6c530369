import { expect, test } from "vitest";
import { cellLineOf, tokens } from "../../src/kernel/lines";

test("tokens(line) drops emit noise such as exports and module aliases", () => {
  expect(tokens("(0, nnlab_1.mlp)(exports.sizes)")).toEqual(["mlp", "sizes"]);
});

test("cellLineOf(js, jsLine, source) finds the TypeScript line a JavaScript line came from", () => {
  const source = 'interface P { x: number }\nconst p: P = { x: 1 };\ncheck(p.x, "label");';
  const js = 'const p = { x: 1 };\ncheck(p.x, "label");';
  expect(cellLineOf(js, 2, source)).toBe(3);
  expect(cellLineOf(js, 1, source)).toBe(2);
});
