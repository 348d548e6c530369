import { describe, expect, test } from "vitest";
import { momentum } from "../../../src/training/optimizers";
import { expectAtMinimum, expectClose, group, minimise, setGrads } from "./fixtures";

describe("momentum", () => {
  test("momentum({ learningRate, beta }) accumulates velocity: v ← β·v − η·g; w ← w + v", () => {
    const opt = momentum({ learningRate: 0.1, beta: 0.9 });
    const w = group([1, -2, 0.5], [0.5, -1, 0]);

    opt.step([w]);
    // v = 0.9·0 − 0.1·g = [−0.05, 0.1, 0]
    expectClose(opt.slots(0).velocity, [-0.05, 0.1, 0]);
    expectClose(w.values, [1 - 0.05, -2 + 0.1, 0.5]); // [0.95, −1.9, 0.5]

    opt.step([w]); // same gradient again
    // v = 0.9·[−0.05, 0.1, 0] − 0.1·[0.5, −1, 0] = [−0.045 − 0.05, 0.09 + 0.1, 0] = [−0.095, 0.19, 0]
    expectClose(opt.slots(0).velocity, [-0.095, 0.19, 0]);
    expectClose(w.values, [0.95 - 0.095, -1.9 + 0.19, 0.5]); // [0.855, −1.71, 0.5]
  });

  test("momentum({ beta }) keeps moving when the gradient drops to 0", () => {
    const opt = momentum({ learningRate: 0.1, beta: 0.9 });
    const w = group([1, -2, 0.5], [0.5, -1, 0]);
    opt.step([w]);
    opt.step([w]); // v = [−0.095, 0.19, 0], w = [0.855, −1.71, 0.5] as above
    setGrads(w, [0, 0, 0]);
    opt.step([w]);
    // v = 0.9·[−0.095, 0.19, 0] − 0 = [−0.0855, 0.171, 0]
    expectClose(opt.slots(0).velocity, [-0.0855, 0.171, 0]);
    expectClose(w.values, [0.855 - 0.0855, -1.71 + 0.171, 0.5]); // [0.7695, −1.539, 0.5]
  });

  test("momentum({ nesterov: true }) steps by β·v − η·g with the new v", () => {
    const opt = momentum({ learningRate: 0.1, beta: 0.9, nesterov: true });
    const w = group([1, -2, 0.5], [0.5, -1, 0]);

    opt.step([w]);
    // v = [−0.05, 0.1, 0]; Δw = 0.9·v − 0.1·g = [−0.045 − 0.05, 0.09 + 0.1, 0] = [−0.095, 0.19, 0]
    expectClose(opt.slots(0).velocity, [-0.05, 0.1, 0]);
    expectClose(w.values, [1 - 0.095, -2 + 0.19, 0.5]); // [0.905, −1.81, 0.5]

    opt.step([w]);
    // v = 0.9·[−0.05, 0.1] − 0.1·[0.5, −1] = [−0.095, 0.19]
    // Δw = 0.9·[−0.095, 0.19] − 0.1·[0.5, −1] = [−0.0855 − 0.05, 0.171 + 0.1] = [−0.1355, 0.271]
    expectClose(opt.slots(0).velocity, [-0.095, 0.19, 0]);
    expectClose(w.values, [0.905 - 0.1355, -1.81 + 0.271, 0.5]); // [0.7695, −1.539, 0.5]
  });

  test("momentum({ nesterov }) differs from classical momentum by the look-ahead β·v", () => {
    const classical = momentum({ learningRate: 0.1, beta: 0.9 });
    const nesterov = momentum({ learningRate: 0.1, beta: 0.9, nesterov: true });
    classical.step([group([1], [0.5])]);
    nesterov.step([group([1], [0.5])]);
    // Both now have v = 0.9·0 − 0.1·0.5 = −0.05. Classical moves by v = −0.05,
    // Nesterov by β·v − η·g = 0.9·(−0.05) − 0.1·0.5 = −0.095.
    expect(classical.state(0, 0).step).toBeCloseTo(-0.05, 12);
    expect(nesterov.state(0, 0).step).toBeCloseTo(-0.095, 12);
    expect(classical.name).toBe("momentum");
    expect(nesterov.name).toBe("nesterov");
    expect(classical.latex).toBe("v \\leftarrow \\beta v - \\eta\\, g \\\\ w \\leftarrow w + v");
    expect(nesterov.latex).toBe("v \\leftarrow \\beta v - \\eta\\, g \\\\ w \\leftarrow w + \\beta v - \\eta\\, g");
  });

  test("momentum({ beta: 0 }) is plain sgd", () => {
    const opt = momentum({ learningRate: 0.1, beta: 0 });
    const w = group([1, -2], [0.5, -1]);
    opt.step([w]);
    opt.step([w]);
    expectClose(w.values, [1 - 2 * 0.1 * 0.5, -2 + 2 * 0.1 * 1]); // [0.9, −1.8]
  });

  test("momentum().state(group, index) shows the velocity and a growing effective learning rate", () => {
    const opt = momentum(); // η = 0.1, β = 0.9
    const w = group([1, -2, 0.5], [0.5, -1, 0]);
    opt.step([w]);
    opt.step([w]);
    const s = opt.state(0, 0);
    expect(s.gradient).toBe(0.5);
    expect(s.velocity).toBeCloseTo(-0.095, 12);
    expect(s.step).toBeCloseTo(-0.095, 12);
    expect(s.effectiveLearningRate).toBeCloseTo(0.095 / 0.5, 12); // 0.19 > η: the velocity adds up
    expect(opt.state(0, 2).effectiveLearningRate).toBeNaN();
  });

  test("momentum({ learningRate, beta }) minimises (w1 − 3)² + 10·(w2 + 1)² from (0, 0)", () => {
    expectAtMinimum(minimise(momentum({ learningRate: 0.02, beta: 0.9 }), 500));
    expectAtMinimum(minimise(momentum({ learningRate: 0.02, beta: 0.9, nesterov: true }), 500));
  });

  test("momentum({ beta, nesterov }) rejects invalid options", () => {
    expect(() => momentum({ beta: 1 })).toThrow("momentum({ beta }): beta must be in [0, 1), got 1");
    expect(() => momentum({ beta: -0.1 })).toThrow("momentum({ beta }): beta must be in [0, 1), got -0.1");
    expect(() => momentum({ nesterov: "yes" as unknown as boolean })).toThrow(
      'momentum({ nesterov }): nesterov must be true or false, got "yes"',
    );
    expect(() => momentum({ learningRate: 0 })).toThrow(
      "momentum({ learningRate }): learningRate must be a finite number > 0, got 0",
    );
  });

  test("momentum().step(groups) rejects groups whose size differs from the first step", () => {
    const opt = momentum({ nesterov: true });
    opt.step([group([1, 2], [0, 0], "weights"), group([0], [0], "bias")]);
    expect(() => opt.step([group([1, 2], [0, 0], "weights"), group([0, 0], [0, 0], "bias")])).toThrow(
      'nesterov.step(groups): group 1 ("bias") expected size 1 (as on the first step), got 2',
    );
  });
});
