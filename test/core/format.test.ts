import { describe, expect, it } from "vitest";
import { factor, num, tex, weightedSum } from "../../src/core/format";

describe("format", () => {
  it("num(value) writes 4 significant digits with a real minus sign", () => {
    expect(num(0.1 + 0.2)).toBe("0.3");
    expect(num(-0.123456)).toBe("−0.1235");
    expect(num(-0)).toBe("0");
    expect(num(Infinity)).toBe("Infinity");
  });

  it("tex(value) writes an ASCII minus and exponents as × 10^k", () => {
    expect(tex(-0.25)).toBe("-0.25");
    expect(tex(1.5e-7)).toBe("1.5 \\times 10^{-7}");
  });

  it("factor(value) puts negative numbers in parentheses, in text or LaTeX", () => {
    expect(factor(-0.25)).toBe("(−0.25)");
    expect(factor(-0.25, 4, true)).toBe("(-0.25)");
    expect(weightedSum([0.5, -0.25], [1, 2], 0.1)).toBe("0.5·1 + (−0.25)·2 + 0.1");
  });
});
