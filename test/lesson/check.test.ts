import { describe, expect, it } from "vitest";
import { checkNumber, checkNumbers, checkThat, ExerciseError, Feedback } from "../../src/lesson";

const bundleOf = (value: object) => (value as Record<symbol, () => unknown>)[Symbol.for("Jupyter.display")]();

describe("exercise checks", () => {
  it("checkNumber(right, expected) returns a ✓ Feedback with a Markdown display", () => {
    const ok = checkNumber(0.1 + 1e-12, 0.1, { what: "z" });
    expect(ok).toBeInstanceOf(Feedback);
    expect(ok.message).toBe("✓ z is right: 0.1.");
    expect(bundleOf(ok)).toEqual({ "text/markdown": "**✓ z is right: 0.1.**", "text/plain": "✓ z is right: 0.1." });
  });

  it("checkNumber(wrong, expected) throws what is wrong and the hint, never the expected value", () => {
    const attempt = () => checkNumber(0.35, 0.123456, { what: "z for x = [1, 2]", hint: "add the bias last" });
    expect(attempt).toThrow(ExerciseError);
    expect(attempt).toThrow("✗ z for x = [1, 2]: 0.35 is too large. Hint: add the bias last");
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain("0.1234");
    }
    expect(() => checkNumber(-0.5, 0.5, { what: "a" })).toThrow("−0.5 has the wrong sign");
    expect(() => checkNumber(0.1, 0.5, { what: "a" })).toThrow("0.1 is too small");
    expect(() => checkNumber(undefined, 1, { what: "a" })).toThrow("expected a number, got undefined (did the function return a value?)");
    expect(() => checkNumber("1", 1, { what: "a" })).toThrow('got the text "1"');
  });

  it("checkNumbers(actual, expected) names the first wrong entry and checks the length", () => {
    expect(checkNumbers([1, 2], [1, 2], { what: "z" }).message).toBe("✓ z: all 2 numbers are right.");
    expect(() => checkNumbers([1, 3], [1, 2], { what: "z" })).toThrow("✗ z, entry 1: 3 is too large.");
    expect(() => checkNumbers([1], [1, 2], { what: "z" })).toThrow("expected 2 numbers, got 1");
    expect(() => checkNumbers(5, [1], { what: "z" })).toThrow("expected an array of 1 numbers, got 5");
  });

  it("checkThat(condition, { what, problem, hint }) passes or throws with the sentences given", () => {
    expect(checkThat(true, { what: "XOR is solved", problem: "not yet" }).message).toBe("✓ XOR is solved.");
    expect(() => checkThat(false, { what: "XOR is solved", problem: "2 points are still wrong", hint: "more epochs" })).toThrow("✗ XOR is solved: 2 points are still wrong. Hint: more epochs");
  });
});
