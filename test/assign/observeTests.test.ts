import { describe, expect, it } from "vitest";
import { withoutExpectations } from "../../src/assign/observeTests";

describe("withoutExpectations(source)", () => {
  it("replaces the expected value of checkNumber and checkNumbers, keeping the answer and the options", () => {
    const source = 'show(checkNumber(() => hiddenZ([1, 0.5]), net.forward([1, 0.5]).layers[0].z[0], {\n  what: "z",\n}));\ncheckNumbers(() => f(x), x.map((v) => g(v)), { what: "zs" })';
    expect(withoutExpectations(source)).toBe('show(checkNumber(() => hiddenZ([1, 0.5]), undefined!, {\n  what: "z",\n}));\ncheckNumbers(() => f(x), undefined!, { what: "zs" })');
  });

  it("replaces checkThat's predicate, and leaves the two-argument form alone", () => {
    const source = 'checkThat(() => chooseLearningRate(), (lr) => train(lr).last.trainLoss < 0.04, { what: "w", problem: (lr) => `${lr}` });\ncheckThat(() => ok(), { what: "w", problem: "p" });';
    expect(withoutExpectations(source)).toBe('checkThat(() => chooseLearningRate(), undefined!, { what: "w", problem: (lr) => `${lr}` });\ncheckThat(() => ok(), { what: "w", problem: "p" });');
  });

  it("finds checks anywhere: in loops, in functions, called as nnlab.checkNumber", () => {
    const source = "for (const k of [1, 2]) show(nnlab.checkNumber(() => f(k), expected(k), { what: `k=${k}` }));\nconst all = () => [checkNumber(a, b, o)];";
    expect(withoutExpectations(source)).toBe("for (const k of [1, 2]) show(nnlab.checkNumber(() => f(k), undefined!, { what: `k=${k}` }));\nconst all = () => [checkNumber(a, undefined!, o)];");
  });

  it("leaves code without checks as it is", () => {
    const source = "const x = 1; // checkNumber(a, b, c)\nshow(x)";
    expect(withoutExpectations(source)).toBe(source);
  });
});
