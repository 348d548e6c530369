import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkNumber, checkNumbers, checkThat, notAnswered } from "../../src";
import { checkMode, setCheckMode, setJudgeInput } from "../../src/lesson/grading";
import { OBSERVATION_MIME, type Observation } from "../../src/lesson/observation";

const SINK = Symbol.for("nnlab.kernel");
let stderr: string[];
let sent: Observation[];
beforeEach(() => {
  stderr = [];
  sent = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void stderr.push(args.join(" ")));
  (globalThis as Record<symbol, unknown>)[SINK] = { display: (content: { data: Record<string, unknown> }) => void sent.push(content.data[OBSERVATION_MIME] as Observation) };
});
afterEach(() => {
  vi.restoreAllMocks();
  setCheckMode("interactive");
  delete (globalThis as Record<symbol, unknown>)[SINK];
});

/** What the student's kernel sends for these checks, as the grader passes it to the judge. */
function observed(checks: () => void): string {
  setCheckMode("observe");
  checks();
  setCheckMode("judge");
  return JSON.stringify({ observations: JSON.parse(JSON.stringify(sent)) });
}

describe("observe mode", () => {
  it("checks record the answer's value and judge nothing: no stderr, no ✓, the expected value unused", () => {
    setCheckMode("observe");
    expect(checkMode()).toBe("observe");
    const f = checkNumber(() => 0.5, undefined as unknown as number, { what: "z" });
    checkNumbers(() => Float64Array.of(1, NaN), undefined as unknown as number[], { what: "zs" });
    checkThat(() => { throw notAnswered(); }, undefined as unknown as (v: unknown) => boolean, { what: "or", problem: "p" });
    checkThat(() => { throw new RangeError("boom"); }, { what: "legacy", problem: "p" });
    expect(f.verdict).toBe("recorded");
    expect(f.ok).toBe(false);
    expect(stderr).toEqual([]);
    expect(sent).toEqual([
      { what: "z", kind: "value", value: 0.5 },
      { what: "zs", kind: "value", value: { $: "Float64Array", v: [1, { $: "NaN" }] } },
      { what: "or", kind: "unanswered" },
      { what: "legacy", kind: "threw", error: "RangeError: boom" },
    ]);
  });
});

describe("judge mode", () => {
  it("checks judge the recorded values, never calling the answer: ✓ silently, ✗ and ✎ on stderr", () => {
    setJudgeInput(observed(() => {
      checkNumber(() => 0.5, 0, { what: "z" });
      checkNumber(() => 2, 0, { what: "y" });
      checkThat(() => { throw notAnswered(); }, (v: number) => v > 0, { what: "t", problem: "p" });
    }));
    const called = vi.fn(() => 0.5);
    expect(checkNumber(called, 0.5, { what: "z" }).verdict).toBe("right");
    expect(checkNumber(called, 1, { what: "y" }).problem).toBe("2 is too large");
    expect(checkThat(called, (v: number) => v > 0, { what: "t", problem: "p" }).verdict).toBe("unanswered");
    expect(called).not.toHaveBeenCalled();
    expect(stderr).toHaveLength(2);
  });

  it("a check with no recorded answer (or the wrong label) is wrong, and names why the cell stopped", () => {
    setCheckMode("judge");
    setJudgeInput({ observations: [{ what: "other", kind: "value", value: 1 }], trouble: "your test cell raised TSError: Cannot find name 'hiddenZ'" });
    const f = checkNumber(() => 1, 1, { what: "z" });
    expect(f.verdict).toBe("wrong");
    expect(f.problem).toContain("no answer was recorded");
    expect(f.problem).toContain("Cannot find name");
  });

  it("observations are matched by label in order: an extra forged one before them does not shift them", () => {
    setCheckMode("judge");
    setJudgeInput({ observations: [{ what: "forged", kind: "value", value: 9 }, { what: "a", kind: "value", value: 1 }, { what: "b", kind: "value", value: 2 }] });
    expect(checkNumber(0, 1, { what: "a" }).ok).toBe(true);
    expect(checkNumber(0, 2, { what: "b" }).ok).toBe(true);
  });

  it("a value the judge cannot take as a number is wrong, described briefly", () => {
    setJudgeInput(observed(() => {
      checkNumber(() => (() => 1) as unknown as number, 0, { what: "f" });
      checkNumber(() => "a long text with a hidden test's inputs [2, -4, 0.5, 1] in it, and more", 0, { what: "s" });
    }));
    expect(checkNumber(0, 1, { what: "f" }).problem).toBe("expected a number, got a function");
    const s = checkNumber(0, 1, { what: "s" }).problem;
    expect(s.length).toBeLessThan(80);
  });

  it("checkThat(answer, predicate, options) runs the predicate in the judge on the recorded value; problem may depend on it", () => {
    setJudgeInput(observed(() => {
      checkThat(() => 0.15, (lr: number) => lr < 1, { what: "lr", problem: "p" });
      checkThat(() => 5, (lr: number) => lr < 1, { what: "lr2", problem: (lr: number) => `η = ${lr} is too large` });
      checkThat<unknown>(() => "x", (v) => (v as { length: number }[])[3].length > 0, { what: "shape", problem: "p" });
    }));
    expect(checkThat(() => 0, (lr: number) => lr < 1, { what: "lr", problem: "p" }).ok).toBe(true);
    expect(checkThat(() => 0, (lr: number) => lr < 1, { what: "lr2", problem: (lr: number) => `η = ${lr} is too large` }).problem).toBe("η = 5 is too large");
    expect(checkThat(() => [], (v: { length: number }[]) => v[3].length > 0, { what: "shape", problem: "p" }).problem).toContain("cannot be checked");
  });

  it("the legacy checkThat(condition, options) takes the recorded boolean", () => {
    setJudgeInput(observed(() => {
      checkThat(() => true, { what: "c", problem: "p" });
      checkThat(() => false, { what: "d", problem: "p" });
    }));
    expect(checkThat(false, { what: "c", problem: "p" }).ok).toBe(true);
    expect(checkThat(true, { what: "d", problem: "p" }).ok).toBe(false);
  });
});

describe("interactive mode", () => {
  it("checkThat(answer, predicate, options) judges at once, like the condition form", () => {
    expect(checkThat(() => 0.15, (lr) => lr < 1, { what: "lr", problem: "p" }).ok).toBe(true);
    expect(checkThat(() => 5, (lr) => lr < 1, { what: "lr", problem: (lr) => `η = ${lr}` }).message).toBe("✗ lr: η = 5.");
    expect(checkThat(() => { throw notAnswered(); }, (lr: number) => lr < 1, { what: "lr", problem: "p" }).verdict).toBe("unanswered");
    expect(sent).toEqual([]);
  });
});
