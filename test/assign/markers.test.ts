import { describe, expect, it } from "vitest";
import { dropMarkers, stripHiddenTests, stripSolutions } from "../../src/assign";

describe("markers", () => {
  it("stripSolutions(source) replaces each solution with the stub at its indentation", () => {
    const source = "function f(x: number): number {\n  // BEGIN SOLUTION\n  return 2 * x;\n  // END SOLUTION\n}";
    expect(stripSolutions(source)).toBe('function f(x: number): number {\n  // YOUR CODE HERE\n  throw notAnswered();\n}');
  });

  it("stripHiddenTests(source) removes hidden tests and their markers", () => {
    expect(stripHiddenTests("check(1);\n// BEGIN HIDDEN TESTS\ncheck(2);\n// END HIDDEN TESTS\ncheck(3);")).toBe("check(1);\ncheck(3);");
  });

  it("dropMarkers(source) keeps the code and drops the marker lines", () => {
    expect(dropMarkers("a\n  // BEGIN SOLUTION\n  b\n  // END SOLUTION\n// BEGIN HIDDEN TESTS\nc\n// END HIDDEN TESTS")).toBe("a\n  b\nc");
  });

  it("stripSolutions(source) rejects unbalanced markers, naming the line", () => {
    expect(() => stripSolutions("// BEGIN SOLUTION\nx", "l.md:4")).toThrow('l.md:4, line 1: "// BEGIN SOLUTION" is never closed');
    expect(() => stripSolutions("x\n// END SOLUTION", "l.md:4")).toThrow('l.md:4, line 2: "// END SOLUTION" without');
    expect(() => stripSolutions("// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION")).toThrow("inside another one");
  });
});
