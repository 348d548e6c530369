import { describe, expect, test } from "vitest";
import { adagrad, adam, fromRule, momentum, rmsprop, sgd, type Optimizer } from "../../../src/training/optimizers";
import { expectClose, group } from "./fixtures";

/** Every built-in optimizer (both kinds of momentum), fresh each time. */
const all: [string, () => Optimizer][] = [
  ["sgd", () => sgd()],
  ["momentum", () => momentum()],
  ["nesterov", () => momentum({ nesterov: true })],
  ["adagrad", () => adagrad()],
  ["rmsprop", () => rmsprop()],
  ["adam", () => adam()],
];

describe.each(all)("%s (shared bookkeeping)", (name, make) => {
  test(`${name}.slots(group) and .state(group, index) throw before the first step`, () => {
    const opt = make();
    expect(opt.t).toBe(0);
    expect(() => opt.slots(0)).toThrow(`${name}.slots(0): no step taken yet, so there is no state`);
    expect(() => opt.state(0, 0)).toThrow(`${name}.state(0, 0): no step taken yet, so there is no state`);
  });

  test(`${name}.step(groups) allocates state per group, sized to the group, on the first step`, () => {
    const opt = make();
    opt.step([group([1, 2, 3], [1, 1, 1], "weights"), group([4], [1], "bias")]);
    for (const slot of Object.values(opt.slots(0))) expect(slot).toHaveLength(3);
    for (const slot of Object.values(opt.slots(1))) expect(slot).toHaveLength(1);
    expect(opt.state(1, 0).gradient).toBe(1);
  });

  test(`${name}.step(groups) rejects a changed layout without touching values or t`, () => {
    const opt = make();
    opt.step([group([1, 2], [1, 1], "weights")]);
    const moved = group([1, 2], [1, 1], "weights");
    expect(() => opt.step([moved, group([0], [0], "bias")])).toThrow(
      `${name}.step(groups): expected 1 groups (as on the first step), got 2`,
    );
    expect(() => opt.step([group([1], [1], "weights")])).toThrow(
      `${name}.step(groups): group 0 ("weights") expected size 2 (as on the first step), got 1`,
    );
    expect(() => opt.step([group([1, 2], [1], "weights")])).toThrow(
      `${name}.step(groups): group 0 ("weights") has 2 values but 1 grads`,
    );
    expectClose(moved.values, [1, 2]);
    expect(opt.t).toBe(1);
  });

  test(`${name}.state(group, index) rejects indices out of range`, () => {
    const opt = make();
    opt.step([group([1, 2, 3], [1, 1, 1])]);
    expect(() => opt.state(1, 0)).toThrow(`${name}.state(1, 0): group must be an integer in [0, 1), got 1`);
    expect(() => opt.state(0, 3)).toThrow(`${name}.state(0, 3): index must be an integer in [0, 3), got 3`);
    expect(() => opt.state(0, 0.5)).toThrow("index must be an integer in [0, 3), got 0.5");
    expect(() => opt.slots(-1)).toThrow(`${name}.slots(-1): group must be an integer in [0, 1), got -1`);
  });

  test(`${name}.reset() zeroes t and the state, so the next step is a first step again`, () => {
    const opt = make();
    const fresh = make();
    const w = group([1, -2, 0.5], [0.5, -1, 0]);
    opt.step([w]);
    opt.step([w]);
    opt.reset();
    expect(opt.t).toBe(0);
    for (const slot of Object.values(opt.slots(0))) expectClose(slot, [0, 0, 0]);
    expect(() => opt.state(0, 0)).toThrow(`${name}.state(0, 0): no step taken yet (t = 0)`);

    const a = group([1, -2, 0.5], [0.5, -1, 0]);
    const b = group([1, -2, 0.5], [0.5, -1, 0]);
    opt.step([a]);
    fresh.step([b]);
    expectClose(a.values, Array.from(b.values), 15);
    expect(opt.t).toBe(1);
  });

  test(`${name}.learningRate = η is validated and read at each step`, () => {
    const slow = make();
    const fast = make();
    fast.learningRate = slow.learningRate * 2;
    slow.step([group([0], [1])]);
    fast.step([group([0], [1])]);
    expect(fast.state(0, 0).step).toBeCloseTo(2 * slow.state(0, 0).step, 14);
    expect(() => (fast.learningRate = 0)).toThrow(`${name}.learningRate: learningRate must be a finite number > 0, got 0`);
    expect(fast.learningRate).toBe(slow.learningRate * 2);
  });
});

describe("options checks", () => {
  test("sgd(options) rejects options that are not an object", () => {
    expect(() => sgd(0.1 as unknown as { learningRate: number })).toThrow(
      "sgd(options): options must be an object such as { learningRate: 0.1 }, got 0.1",
    );
  });

  test("adam({ lr }) rejects unknown options, listing the known ones", () => {
    expect(() => adam({ lr: 0.1 } as unknown as { learningRate: number })).toThrow(
      'adam({ lr }): unknown option "lr"; the options are learningRate, beta1, beta2, epsilon',
    );
  });
});

describe("fromRule", () => {
  test("fromRule(rule, learningRate) makes an optimizer from a custom update", () => {
    const signSgd = fromRule(
      {
        name: "signSgd",
        latex: "w \\leftarrow w - \\eta \\operatorname{sign}(g)",
        slots: ["count"],
        update(g, step, { count }, eta) {
          for (let i = 0; i < g.length; i++) {
            count[i] += 1;
            step[i] = -eta * Math.sign(g[i]);
          }
        },
      },
      0.5,
    );
    const w = group([1, -2, 0.5], [0.25, -4, 0]);
    signSgd.step([w]);
    expectClose(w.values, [1 - 0.5, -2 + 0.5, 0.5]);
    expect(signSgd.state(0, 0)).toMatchObject({ gradient: 0.25, step: -0.5, effectiveLearningRate: 2, count: 1 });
  });

  test("fromRule(rule) rejects slot names that state() already uses", () => {
    expect(() =>
      fromRule({ name: "bad", latex: "", slots: ["step"], update() {} }, 0.1),
    ).toThrow('bad: the slot name "step" is taken by state(); pick another');
  });
});
