import { describe, expect, test } from "vitest";
import { adagrad } from "../../../src/training/optimizers";
import { expectAtMinimum, expectClose, group, minimise } from "./fixtures";

describe("adagrad", () => {
  test("adagrad({ learningRate }) sums squared gradients: s ← s + g²; w ← w − η·g/(√s + ε)", () => {
    const opt = adagrad({ learningRate: 0.1 }); // ε = 1e-8
    const w = group([1, -2, 0.5], [0.5, -1, 0]);

    opt.step([w]);
    // s = 0 + g² = [0.25, 1, 0]; the zero gradient leaves its parameter alone (0 / (0 + ε) = 0)
    expectClose(opt.slots(0).s, [0.25, 1, 0]);
    expectClose(w.values, [1 - (0.1 * 0.5) / (0.5 + 1e-8), -2 + (0.1 * 1) / (1 + 1e-8), 0.5]); // ≈ [0.9, −1.9, 0.5]

    opt.step([w]);
    // s = [0.25 + 0.25, 1 + 1, 0] = [0.5, 2, 0]
    expectClose(opt.slots(0).s, [0.5, 2, 0]);
    expectClose(w.values, [
      1 - (0.1 * 0.5) / (0.5 + 1e-8) - (0.1 * 0.5) / (Math.sqrt(0.5) + 1e-8), // ≈ 0.9 − 0.0707
      -2 + (0.1 * 1) / (1 + 1e-8) + (0.1 * 1) / (Math.sqrt(2) + 1e-8), // ≈ −1.9 + 0.0707
      0.5,
    ]);
  });

  test("adagrad({ learningRate }) gives an effective learning rate η/√s that shrinks as g² accumulates", () => {
    const opt = adagrad({ learningRate: 0.1 });
    const w = group([1, -2, 0.5], [0.5, -1, 0]);
    const rates: number[] = [];
    for (let k = 0; k < 3; k++) {
      opt.step([w]);
      rates.push(opt.state(0, 0).effectiveLearningRate);
    }
    // s = 0.25, 0.5, 0.75 → η/√s = 0.1/0.5, 0.1/√0.5, 0.1/√0.75 (ignoring ε)
    expectClose(rates, [0.1 / 0.5, 0.1 / Math.sqrt(0.5), 0.1 / Math.sqrt(0.75)], 6); // 0.2, 0.141, 0.115

    // With g = 1 on every step, s = t and the rate is η/√t: after 100 steps, 0.1/10.
    const long = adagrad({ learningRate: 0.1 });
    const one = group([0], [1]);
    for (let k = 0; k < 100; k++) long.step([one]);
    expect(long.slots(0).s[0]).toBe(100);
    expect(long.state(0, 0).effectiveLearningRate).toBeCloseTo(0.1 / 10, 8);
  });

  test("adagrad().state(group, index) shows gradient, step, effective learning rate and s", () => {
    const opt = adagrad(); // η = 0.1
    opt.step([group([1, -2, 0.5], [0.5, -1, 0])]);
    const s = opt.state(0, 1);
    expect(s.gradient).toBe(-1);
    expect(s.s).toBe(1); // (−1)²
    expect(s.step).toBeCloseTo(0.1 / (1 + 1e-8), 12);
    expect(s.effectiveLearningRate).toBeCloseTo(0.1 / (1 + 1e-8), 12);
    expect(opt.state(0, 2).s).toBe(0);
    expect(opt.state(0, 2).effectiveLearningRate).toBeNaN();
    expect(opt.name).toBe("adagrad");
    expect(opt.latex).toBe("s \\leftarrow s + g^2 \\\\ w \\leftarrow w - \\frac{\\eta}{\\sqrt{s} + \\epsilon}\\, g");
  });

  test("adagrad({ learningRate }) minimises (w1 − 3)² + 10·(w2 + 1)² from (0, 0)", () => {
    expectAtMinimum(minimise(adagrad({ learningRate: 1 }), 100));
  });

  test("adagrad({ learningRate, epsilon }) rejects invalid options", () => {
    expect(() => adagrad({ epsilon: 0 })).toThrow("adagrad({ epsilon }): epsilon must be a finite number > 0, got 0");
    expect(() => adagrad({ epsilon: -1e-8 })).toThrow("adagrad({ epsilon }): epsilon must be a finite number > 0, got -1e-8");
    expect(() => adagrad({ learningRate: -0.1 })).toThrow(
      "adagrad({ learningRate }): learningRate must be a finite number > 0, got -0.1",
    );
  });

  test("adagrad().step(groups) rejects a different number of groups than the first step", () => {
    const opt = adagrad();
    opt.step([group([1], [1])]);
    expect(() => opt.step([group([1], [1]), group([1], [1])])).toThrow(
      "adagrad.step(groups): expected 1 groups (as on the first step), got 2",
    );
  });
});
