import { describe, expect, test } from "vitest";
import { sgd } from "../../../src/training/optimizers";
import { expectAtMinimum, expectClose, group, minimise, setGrads } from "./fixtures";

describe("sgd", () => {
  test("sgd({ learningRate }) moves w by −learningRate·g on each step", () => {
    const opt = sgd({ learningRate: 0.1 });
    const w = group([1, -2, 0.5], [0.5, -1, 0]);

    opt.step([w]);
    // w ← w − η·g with η = 0.1
    expectClose(w.values, [1 - 0.1 * 0.5, -2 - 0.1 * -1, 0.5 - 0.1 * 0]); // [0.95, −1.9, 0.5]
    expect(opt.t).toBe(1);

    setGrads(w, [2, 0.25, -4]);
    opt.step([w]);
    expectClose(w.values, [0.95 - 0.1 * 2, -1.9 - 0.1 * 0.25, 0.5 - 0.1 * -4]); // [0.75, −1.925, 0.9]
    expect(opt.t).toBe(2);
  });

  test("sgd() defaults to learningRate 0.1, has no slots and shows its rule", () => {
    const opt = sgd();
    expect(opt.name).toBe("sgd");
    expect(opt.learningRate).toBe(0.1);
    expect(opt.latex).toBe("w \\leftarrow w - \\eta\\, g");
    opt.step([group([1], [1])]);
    expect(opt.slots(0)).toEqual({});
  });

  test("sgd().state(group, index) shows gradient, step and an effective learning rate of η", () => {
    const opt = sgd({ learningRate: 0.1 });
    opt.step([group([1, -2, 0.5], [0.5, -1, 0])]);
    const first = opt.state(0, 0);
    expect(first.gradient).toBe(0.5);
    expect(first.step).toBeCloseTo(-0.05, 15); // −0.1·0.5
    expect(first.effectiveLearningRate).toBeCloseTo(0.1, 15); // |−0.05| / |0.5|
    expect(opt.state(0, 1).step).toBeCloseTo(0.1, 15); // −0.1·(−1)
    const zero = opt.state(0, 2);
    expect(zero.gradient).toBe(0);
    expect(zero.step).toBeCloseTo(0, 15);
    expect(zero.effectiveLearningRate).toBeNaN(); // |step| / |gradient| is 0/0
  });

  test("sgd().learningRate = η takes effect on the next step", () => {
    const opt = sgd({ learningRate: 0.1 });
    const w = group([1], [1]);
    opt.step([w]); // 1 − 0.1·1 = 0.9
    opt.learningRate = 0.5;
    opt.step([w]); // 0.9 − 0.5·1 = 0.4
    expectClose(w.values, [0.4]);
  });

  test("sgd({ learningRate }) minimises (w1 − 3)² + 10·(w2 + 1)² from (0, 0)", () => {
    // On w2 the gradient is 20(w2 + 1): η must stay below 2/20 = 0.1 for w2 to converge.
    expectAtMinimum(minimise(sgd({ learningRate: 0.04 }), 200));
  });

  test("sgd({ learningRate }) rejects a learningRate that is not a finite number > 0", () => {
    expect(() => sgd({ learningRate: 0 })).toThrow("sgd({ learningRate }): learningRate must be a finite number > 0, got 0");
    expect(() => sgd({ learningRate: -1 })).toThrow("learningRate must be a finite number > 0, got -1");
    expect(() => sgd({ learningRate: NaN })).toThrow("got NaN");
    expect(() => sgd({ learningRate: Infinity })).toThrow("got Infinity");
    expect(() => sgd({ learningRate: "0.1" as unknown as number })).toThrow('got "0.1"');
  });

  test("sgd().step(groups) rejects groups whose size differs from the first step", () => {
    const opt = sgd();
    opt.step([group([1, 2, 3], [0, 0, 0], "weights")]);
    expect(() => opt.step([group([1, 2], [0, 0], "weights")])).toThrow(
      'sgd.step(groups): group 0 ("weights") expected size 3 (as on the first step), got 2',
    );
  });
});
