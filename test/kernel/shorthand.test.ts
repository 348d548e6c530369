import * as ts from "typescript";
import { describe, expect, it } from "vitest";
import { expandShorthand } from "../../src/kernel/shorthand";

describe("expandShorthand", () => {
  it("expandShorthand(code) writes out shorthand properties, keeping every line in place", () => {
    expect(expandShorthand("train(net, data, { validation, epochs: 5 });", ts)).toBe("train(net, data, { validation: validation, epochs: 5 });");
    expect(expandShorthand("const o = {\n  a,\n  b\n};", ts)).toBe("const o = {\n  a: a,\n  b: b\n};");
  });

  it("expandShorthand(code) leaves destructuring declarations, full properties and strings alone", () => {
    const code = 'const { a, b } = obj;\nconst c = { d: 1, "e": 2 };\nconst s = "{ x }";';
    expect(expandShorthand(code, ts)).toBe(code);
  });

  it("expandShorthand(code) keeps the meaning of destructuring assignments with defaults", () => {
    expect(expandShorthand("({ a, b = 2 } = obj);", ts)).toBe("({ a: a, b: b = 2 } = obj);");
  });
});
