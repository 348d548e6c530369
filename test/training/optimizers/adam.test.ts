import { describe, expect, test } from "vitest";
import { adam } from "../../../src/training/optimizers";
import { expectAtMinimum, expectClose, group, minimise, setGrads } from "./fixtures";

describe("adam", () => {
  test("adam({ learningRate }) moves by learningRate on step 1", () => {
    const opt = adam({ learningRate: 0.001 }); // β1 = 0.9, β2 = 0.999, ε = 1e-8
    const w = group([1, -2, 0.5], [0.5, -1, 0]);
    opt.step([w]);
    // m = 0.1·g = [0.05, −0.1, 0];      m̂ = m/(1 − 0.9)   = [0.5, −1, 0] = g
    // v = 0.001·g² = [0.00025, 0.001, 0]; v̂ = v/(1 − 0.999) = [0.25, 1, 0] = g²
    // Δw = −0.001·m̂/(√v̂ + ε) = [−0.001·0.5/(0.5 + ε), 0.001·1/(1 + ε), −0.001·0/(0 + ε)]
    expectClose(opt.slots(0).m, [0.05, -0.1, 0]);
    expectClose(opt.slots(0).v, [0.00025, 0.001, 0]);
    expectClose(w.values, [1 - (0.001 * 0.5) / (0.5 + 1e-8), -2 + 0.001 / (1 + 1e-8), 0.5], 14); // ≈ [0.999, −1.999, 0.5]
    expect(opt.t).toBe(1);
  });

  test("adam({ learningRate }) bias correction makes step 1 ≈ learningRate·sign(g) whatever |g| is", () => {
    const opt = adam({ learningRate: 0.001 });
    opt.step([group([0, 0, 0], [100, -1e-3, 3])]);
    // m̂ = g, v̂ = g², so Δw = −η·g/(|g| + ε). Without the correction it would be
    // −η·0.1·g/√(0.001·g²) ≈ −3.16·η·sign(g).
    expect(opt.state(0, 0).step).toBeCloseTo((-0.001 * 100) / (100 + 1e-8), 14);
    expect(opt.state(0, 1).step).toBeCloseTo((0.001 * 1e-3) / (1e-3 + 1e-8), 14); // 0.00099999
    expect(opt.state(0, 2).step).toBeCloseTo((-0.001 * 3) / (3 + 1e-8), 14);
  });

  test("adam({ learningRate, beta1, beta2 }) on step 2 follows Algorithm 1 of Kingma & Ba", () => {
    const opt = adam({ learningRate: 0.001, beta1: 0.9, beta2: 0.999 });
    const w = group([1, -2, 0.5], [0.5, -1, 0]);
    opt.step([w]); // w = [0.999…, −1.999…, 0.5], m = [0.05, −0.1, 0], v = [0.00025, 0.001, 0] as above
    const after1 = Array.from(w.values);
    setGrads(w, [0.25, 1, 0]);
    opt.step([w]);
    // m = 0.9·[0.05, −0.1] + 0.1·[0.25, 1] = [0.045 + 0.025, −0.09 + 0.1] = [0.07, 0.01]
    // v = 0.999·[0.00025, 0.001] + 0.001·[0.0625, 1] = [0.00024975 + 0.0000625, 0.000999 + 0.001] = [0.00031225, 0.001999]
    // m̂ = m/(1 − 0.9²) = m/0.19;  v̂ = v/(1 − 0.999²) = v/0.001999
    expectClose(opt.slots(0).m, [0.07, 0.01, 0]);
    expectClose(opt.slots(0).v, [0.00031225, 0.001999, 0]);
    expectClose(w.values, [
      after1[0] - (0.001 * (0.07 / 0.19)) / (Math.sqrt(0.00031225 / 0.001999) + 1e-8), // m̂ ≈ 0.368, v̂ ≈ 0.156
      after1[1] - (0.001 * (0.01 / 0.19)) / (Math.sqrt(0.001999 / 0.001999) + 1e-8), // m̂ ≈ 0.0526, v̂ = 1
      0.5,
    ]);
    expect(opt.t).toBe(2);
  });

  test("adam().state(group, index) shows m, v, mHat and vHat", () => {
    const opt = adam();
    const w = group([1, -2, 0.5], [0.5, -1, 0]);
    opt.step([w]);
    setGrads(w, [0.25, 1, 0]);
    opt.step([w]);
    const s = opt.state(0, 0);
    expect(s.gradient).toBe(0.25);
    expect(s.m).toBeCloseTo(0.07, 15);
    expect(s.v).toBeCloseTo(0.00031225, 15);
    expect(s.mHat).toBeCloseTo(0.07 / 0.19, 12);
    expect(s.vHat).toBeCloseTo(0.00031225 / 0.001999, 12);
    expect(s.step).toBeCloseTo((-0.001 * (0.07 / 0.19)) / Math.sqrt(0.00031225 / 0.001999), 9);
    expect(s.effectiveLearningRate).toBeCloseTo(Math.abs(s.step) / 0.25, 15);
    expect(opt.state(0, 2)).toMatchObject({ gradient: 0, m: 0, v: 0, mHat: 0, vHat: 0 });
    expect(Object.keys(opt.slots(0))).toEqual(["m", "v"]);
  });

  test("adam() has the textbook defaults and rule", () => {
    const opt = adam();
    expect(opt.name).toBe("adam");
    expect(opt.learningRate).toBe(0.001);
    expect(opt.t).toBe(0);
    expect(opt.latex).toContain("\\hat{m} = \\frac{m}{1 - \\beta_1^t}");
    expect(opt.latex).toContain("w \\leftarrow w - \\eta\\, \\frac{\\hat{m}}{\\sqrt{\\hat{v}} + \\epsilon}");
  });

  test("adam({ learningRate }) minimises (w1 − 3)² + 10·(w2 + 1)² from (0, 0)", () => {
    expectAtMinimum(minimise(adam({ learningRate: 0.1 }), 500));
  });

  test("adam({ beta1, beta2, epsilon }) rejects invalid options", () => {
    expect(() => adam({ beta1: 1.2 })).toThrow("adam({ beta1 }): beta1 must be in [0, 1), got 1.2");
    expect(() => adam({ beta2: 1 })).toThrow("adam({ beta2 }): beta2 must be in [0, 1), got 1");
    expect(() => adam({ epsilon: 0 })).toThrow("adam({ epsilon }): epsilon must be a finite number > 0, got 0");
    expect(() => adam({ learningRate: 0 })).toThrow("adam({ learningRate }): learningRate must be a finite number > 0, got 0");
  });

  test("adam().step(groups) rejects groups whose size differs from the first step", () => {
    const opt = adam();
    opt.step([group([1, 2], [1, 1], "layer 1 weights"), group([0], [1], "layer 1 biases")]);
    expect(() => opt.step([group([1, 2], [1, 1], "layer 1 weights"), group([0, 0, 0], [1, 1, 1], "layer 1 biases")])).toThrow(
      'adam.step(groups): group 1 ("layer 1 biases") expected size 1 (as on the first step), got 3',
    );
    expect(opt.t).toBe(1);
  });
});
