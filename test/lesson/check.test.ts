import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkNumber, checkNumbers, checkThat, ExerciseError, Feedback, notAnswered, show } from "../../src";

const bundleOf = (value: object) => (value as Record<symbol, () => unknown>)[Symbol.for("Jupyter.display")]();

let stderr: string[];
beforeEach(() => {
  stderr = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void stderr.push(args.join(" ")));
});
afterEach(() => vi.restoreAllMocks());

describe("checkNumber", () => {
  it("checkNumber(right, expected) returns a ✓ Feedback with a Markdown display and writes nothing to stderr", () => {
    const ok = checkNumber(0.1 + 1e-12, 0.1, { what: "z" });
    expect(ok).toBeInstanceOf(Feedback);
    expect(ok.verdict).toBe("right");
    expect(ok.ok).toBe(true);
    expect(ok.message).toBe("✓ z is right: 0.1.");
    expect(bundleOf(ok)).toEqual({ "text/markdown": "**✓ z is right: 0.1.**", "text/plain": "✓ z is right: 0.1." });
    expect(stderr).toEqual([]);
  });

  it("checkNumber(wrong, expected) does not throw: it writes ✗, what is wrong and the hint to stderr, never the expected value", () => {
    const wrong = checkNumber(0.35, 0.123456, { what: "z for x = [1, 2]", hint: "add the bias last" });
    expect(wrong.verdict).toBe("wrong");
    expect(stderr).toEqual(["✗ z for x = [1, 2]: 0.35 is too large. Hint: add the bias last"]);
    expect(stderr.join()).not.toContain("0.1234");
    expect(bundleOf(wrong)).toBeNull();
  });

  it("checkNumber(wrong, expected) names the kind of error: wrong sign, too large / too small, by magnitude for negatives", () => {
    expect(checkNumber(-0.5, 0.5, { what: "a" }).problem).toBe("−0.5 has the wrong sign");
    expect(checkNumber(0.1, 0.5, { what: "a" }).problem).toBe("0.1 is too small");
    expect(checkNumber(0.9, 0.5, { what: "a" }).problem).toBe("0.9 is too large");
    expect(checkNumber(-5, -2, { what: "a" }).problem).toBe("−5 is too large in magnitude");
    expect(checkNumber(-1, -2, { what: "a" }).problem).toBe("−1 is too small in magnitude");
    expect(checkNumber(0.2, 0, { what: "a" }).problem).toBe("0.2 is too large");
    expect(checkNumber(undefined, 1, { what: "a" }).problem).toBe("expected a number, got undefined (did the function return a value?)");
    expect(checkNumber("1", 1, { what: "a" }).problem).toBe('expected a number, got the text "1"');
    expect(checkNumber(NaN, 1, { what: "a" }).verdict).toBe("wrong");
  });

  it("checkNumber(() => stub(), expected) says 'not answered yet' with the hint when the stub throws notAnswered()", () => {
    const stub = (): number => {
      throw notAnswered();
    };
    const feedback = checkNumber(() => stub(), 1, { what: "weightedSum(x, w, b)", hint: "add the bias once" });
    expect(feedback.verdict).toBe("unanswered");
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^✎ weightedSum\(x, w, b\): not answered yet — write your code where it says YOUR CODE HERE.*Hint: add the bias once$/);
  });

  it("checkNumber(() => throws(), expected) reports what the student's code threw, without a stack trace", () => {
    const feedback = checkNumber(() => (undefined as unknown as number[])[0], 1, { what: "f()" });
    expect(feedback.verdict).toBe("wrong");
    expect(feedback.problem).toMatch(/^your code threw TypeError: /);
    expect(stderr[0]).not.toContain("    at ");
  });

  it("checkNumber(() => value, expected) checks the function's value", () => {
    expect(checkNumber(() => 2, 2, { what: "two" }).verdict).toBe("right");
    expect(checkNumber(() => 3, 2, { what: "two" }).verdict).toBe("wrong");
  });
});

describe("checkNumbers", () => {
  it("checkNumbers(actual, expected) names the first wrong entry and checks the length", () => {
    expect(checkNumbers([1, 2], [1, 2], { what: "z" }).message).toBe("✓ z: all 2 numbers are right.");
    expect(checkNumbers([1, 3, 5], [1, 2, 4], { what: "z" }).message).toBe("✗ z, entry 1: 3 is too large.");
    expect(checkNumbers([1], [1, 2], { what: "z" }).problem).toBe("expected 2 numbers, got 1");
    expect(checkNumbers(5, [1], { what: "z" }).problem).toBe("expected an array of 1 numbers, got 5");
    expect(checkNumbers(Float64Array.of(1, 2), [1, 2], { what: "z" }).ok).toBe(true);
    expect(stderr).toHaveLength(3);
  });

  it("checkNumbers(() => stub(), expected) is not answered yet", () => {
    expect(checkNumbers(() => { throw notAnswered(); }, [1], { what: "z" }).verdict).toBe("unanswered");
  });
});

describe("checkThat", () => {
  it("checkThat(condition, { what, problem, hint }) passes with ✓ or reports ✗ with the sentences given", () => {
    expect(checkThat(true, { what: "XOR is solved", problem: "not yet" }).message).toBe("✓ XOR is solved.");
    const wrong = checkThat(false, { what: "XOR is solved", problem: "2 points are still wrong", hint: "more epochs" });
    expect(wrong.message).toBe("✗ XOR is solved: 2 points are still wrong. Hint: more epochs");
    expect(stderr).toEqual([wrong.message]);
  });

  it("checkThat(() => …) tells not answered yet apart, and refuses a non-boolean", () => {
    expect(checkThat(() => { throw notAnswered(); }, { what: "OR", problem: "p" }).verdict).toBe("unanswered");
    expect(checkThat(() => 1 as unknown as boolean, { what: "OR", problem: "p" }).problem).toBe("the check needs true or false, got 1");
  });
});

describe("Feedback", () => {
  it("feedback.assert() throws an ExerciseError for a wrong or unanswered answer and returns it when right", () => {
    expect(() => checkNumber(2, 1, { what: "x", hint: "h" }).assert()).toThrow(ExerciseError);
    expect(() => checkNumber(2, 1, { what: "x", hint: "h" }).assert()).toThrow("✗ x: 2 is too large. Hint: h");
    expect(() => checkNumber(() => { throw notAnswered(); }, 1, { what: "x" }).assert()).toThrow(/^✎ x: not answered yet/);
    expect(checkNumber(1, 1, { what: "x" }).assert().ok).toBe(true);
  });

  it("show(wrongFeedback) shows nothing more (it was written to stderr once)", () => {
    const wrong = checkNumber(2, 1, { what: "x" });
    expect(show(wrong)).toBeUndefined();
    expect(show(checkNumber(1, 1, { what: "x" }))?.data["text/plain"]).toBe("✓ x is right: 1.");
  });
});
