import { describe, expect, test } from "vitest";
import { adagrad, rmsprop } from "../../../src/training/optimizers";
import { expectAtMinimum, expectClose, group, minimise } from "./fixtures";

describe("rmsprop", () => {
  test("rmsprop({ learningRate, rho }) averages squared gradients: s ← ρ·s + (1−ρ)·g²", () => {
    const opt = rmsprop({ learningRate: 0.01, rho: 0.9 }); // ε = 1e-8
    const w = group([1, -2, 0.5], [0.5, -1, 0]);

    opt.step([w]);
    // s = 0.9·0 + 0.1·g² = [0.1·0.25, 0.1·1, 0] = [0.025, 0.1, 0]
    expectClose(opt.slots(0).s, [0.025, 0.1, 0]);
    // Δw = −0.01·g/(√s + ε): [−0.005/√0.025, 0.01/√0.1, 0] ≈ [−0.0316, 0.0316, 0]
    const w1 = [1 - 0.005 / (Math.sqrt(0.025) + 1e-8), -2 + 0.01 / (Math.sqrt(0.1) + 1e-8), 0.5];
    expectClose(w.values, w1);

    opt.step([w]);
    // s = 0.9·[0.025, 0.1, 0] + 0.1·[0.25, 1, 0] = [0.0225 + 0.025, 0.09 + 0.1, 0] = [0.0475, 0.19, 0]
    expectClose(opt.slots(0).s, [0.0475, 0.19, 0]);
    expectClose(w.values, [
      w1[0] - 0.005 / (Math.sqrt(0.0475) + 1e-8), // ≈ − 0.0229
      w1[1] + 0.01 / (Math.sqrt(0.19) + 1e-8), // ≈ + 0.0229
      0.5,
    ]);
  });

  test("rmsprop({ learningRate }) effective learning rate settles at η instead of shrinking forever", () => {
    // With g = 1 on every step, s = 1 − 0.9ᵗ → 1, so η/√s → η = 0.01; AdaGrad's η/√t keeps falling.
    const opt = rmsprop({ learningRate: 0.01 });
    const sum = adagrad({ learningRate: 0.01 });
    for (let k = 0; k < 200; k++) {
      opt.step([group([0], [1])]);
      sum.step([group([0], [1])]);
    }
    expect(opt.state(0, 0).s).toBeCloseTo(1 - 0.9 ** 200, 12);
    expect(opt.state(0, 0).effectiveLearningRate).toBeCloseTo(0.01, 8);
    expect(sum.state(0, 0).effectiveLearningRate).toBeCloseTo(0.01 / Math.sqrt(200), 8); // ≈ 0.0007
  });

  test("rmsprop({ learningRate }) forgets old large gradients, so its effective learning rate can grow again", () => {
    const opt = rmsprop({ learningRate: 0.01 });
    const w = group([0], [10]);
    for (let k = 0; k < 100; k++) opt.step([w]);
    // s ≈ 10² = 100 → η/√s ≈ 0.01/10 = 0.001
    expect(opt.state(0, 0).effectiveLearningRate).toBeCloseTo(0.001, 6);
    w.grads[0] = 0.1;
    for (let k = 0; k < 200; k++) opt.step([w]);
    // s = 100·0.9²⁰⁰ + 0.01·(1 − 0.9²⁰⁰) ≈ 0.01 → η/√s ≈ 0.01/0.1 = 0.1, a hundred times larger
    expect(opt.state(0, 0).effectiveLearningRate).toBeCloseTo(0.1, 4);
  });

  test("rmsprop().state(group, index) shows gradient, step, effective learning rate and s", () => {
    const opt = rmsprop(); // η = 0.01, ρ = 0.9
    opt.step([group([1, -2, 0.5], [0.5, -1, 0])]);
    const s = opt.state(0, 0);
    expect(s.gradient).toBe(0.5);
    expect(s.s).toBeCloseTo(0.025, 15);
    expect(s.step).toBeCloseTo(-0.005 / Math.sqrt(0.025), 6);
    expect(s.effectiveLearningRate).toBeCloseTo(0.01 / Math.sqrt(0.025), 6); // 0.01/0.158 ≈ 0.063
    expect(opt.state(0, 2).effectiveLearningRate).toBeNaN();
    expect(opt.name).toBe("rmsprop");
    expect(opt.latex).toContain("\\rho s + (1 - \\rho)\\, g^2");
  });

  test("rmsprop({ learningRate }) minimises (w1 − 3)² + 10·(w2 + 1)² from (0, 0)", () => {
    expectAtMinimum(minimise(rmsprop({ learningRate: 0.01 }), 1000));
  });

  test("rmsprop({ learningRate, rho, epsilon }) rejects invalid options", () => {
    expect(() => rmsprop({ rho: 1 })).toThrow("rmsprop({ rho }): rho must be in [0, 1), got 1");
    expect(() => rmsprop({ rho: NaN })).toThrow("rmsprop({ rho }): rho must be in [0, 1), got NaN");
    expect(() => rmsprop({ epsilon: 0 })).toThrow("rmsprop({ epsilon }): epsilon must be a finite number > 0, got 0");
    expect(() => rmsprop({ learningRate: Infinity })).toThrow(
      "rmsprop({ learningRate }): learningRate must be a finite number > 0, got Infinity",
    );
  });

  test("rmsprop().step(groups) rejects groups whose size differs from the first step", () => {
    const opt = rmsprop();
    opt.step([group([1, 2, 3], [1, 1, 1], "layer 1 weights")]);
    expect(() => opt.step([group([1, 2, 3, 4], [1, 1, 1, 1], "layer 1 weights")])).toThrow(
      'rmsprop.step(groups): group 0 ("layer 1 weights") expected size 3 (as on the first step), got 4',
    );
  });
});
