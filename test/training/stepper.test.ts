import { describe, expect, it } from "vitest";
import { adam, mlp, stepper, type StepEvent } from "../../src";

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** One sigmoid neuron with weights set by hand. */
const neuron = () => mlp([2, 1], { output: "sigmoid", init: { weights: [[[0.5, -0.25]]], biases: [[0.1]] } });

describe("stepper", () => {
  it("stepper(net, x, y, { learningRate }) walks forward, loss, backward and every update, by hand", () => {
    const net = neuron();
    const step = stepper(net, [1, 2], [1], { loss: "mse", learningRate: 0.5 });
    const kinds: string[] = [];
    const events: StepEvent[] = [];
    for (let e = step.next(); e !== undefined; e = step.next()) {
      kinds.push(e.kind);
      events.push(e);
    }
    expect(kinds).toEqual(["forward", "loss", "backward", "update", "update", "update", "done"]);
    expect(step.done).toBe(true);
    expect(step.next()).toBeUndefined();

    // z = 0.5·1 + (−0.25)·2 + 0.1 = 0.1, a = σ(0.1), L = (a − 1)², dz = 2(a − 1)·a(1 − a)
    const a = sigmoid(0.1);
    const dz = 2 * (a - 1) * a * (1 - a);
    const forward = events[0] as Extract<StepEvent, { kind: "forward" }>;
    expect(forward.z).toBeCloseTo(0.1, 15);
    expect(forward.text).toBe("Layer 0, neuron 0: z = 0.5·1 + (−0.25)·2 + 0.1 = 0.1; a = sigmoid(0.1) = 0.525");
    const loss = events[1] as Extract<StepEvent, { kind: "loss" }>;
    expect(loss.loss).toBeCloseTo((a - 1) ** 2, 15);
    const backward = events[2] as Extract<StepEvent, { kind: "backward" }>;
    expect(backward.dz).toBeCloseTo(dz, 15);
    expect(backward.dw).toEqual([expect.closeTo(dz * 1, 15), expect.closeTo(dz * 2, 15)]);

    const updates = events.slice(3, 6) as Extract<StepEvent, { kind: "update" }>[];
    expect(updates.map((u) => u.parameter)).toEqual(["weight", "weight", "bias"]);
    expect(updates[0].before).toBeCloseTo(0.5, 15);
    expect(updates[0].after).toBeCloseTo(0.5 - 0.5 * dz * 1, 15);
    expect(updates[1].after).toBeCloseTo(-0.25 - 0.5 * dz * 2, 15);
    expect(updates[2].after).toBeCloseTo(0.1 - 0.5 * dz, 15);
    // dz = 2(0.52498 − 1)(0.52498)(0.47502) = −0.23692, so w0 ← 0.5 − 0.5·(−0.23692) = 0.61846
    expect(updates[0].text).toBe("Layer 0, neuron 0: w0 ← 0.5 − 0.5·(−0.2369) = 0.6185");
    expect(net.neuron(0, 0).weights[1]).toBeCloseTo(-0.25 - 0.5 * dz * 2, 15);

    const done = events[6] as Extract<StepEvent, { kind: "done" }>;
    expect(done.lossBefore).toBeCloseTo((a - 1) ** 2, 15);
    expect(done.lossAfter).toBeLessThan(done.lossBefore);
  });

  it("stepper(…) changes the network only when the first update event is taken", () => {
    const net = neuron();
    const step = stepper(net, [1, 2], [1], { learningRate: 0.5 });
    for (let k = 0; k < 3; k++) step.next();
    expect(net.neuron(0, 0).weights).toEqual([0.5, -0.25]);
    step.next();
    expect(net.neuron(0, 0).weights[0]).not.toBe(0.5);
  });

  it("stepper(net, rows, targets) steps on a batch: one forward event per sample and neuron, mean gradients", () => {
    const net = mlp([2, 3, 1], { output: "sigmoid", seed: 4 });
    const twin = net.clone();
    const xs = [[1, 0], [0, 1]], ys = [[1], [0]];
    const events = stepper(net, xs, ys, { learningRate: 0.1 }).rest();
    expect(events.filter((e) => e.kind === "forward")).toHaveLength(2 * 4);
    expect(events.filter((e) => e.kind === "backward")).toHaveLength(4);
    expect(events.filter((e) => e.kind === "update")).toHaveLength(net.parameterCount);
    const grads = twin.backward(twin.forward(xs), ys);
    twin.update(grads, 0.1);
    expect(net.toJSON()).toEqual(twin.toJSON());
  });

  it("stepper(…, { optimizer }) uses the optimizer's rule and its state carries over", () => {
    const net = neuron();
    const opt = adam({ learningRate: 0.01 });
    stepper(net, [1, 2], [1], { optimizer: opt }).rest();
    const second = stepper(net, [1, 2], [1], { optimizer: opt }).rest();
    expect(opt.t).toBe(2);
    const update = second.find((e) => e.kind === "update") as Extract<StepEvent, { kind: "update" }>;
    expect(update.text).toContain("adam");
    // Adam's first steps move each parameter by about the learning rate.
    expect(Math.abs(update.step)).toBeCloseTo(0.01, 3);
  });

  it("stepper(…, { dropout }) marks dropped neurons in the forward events", () => {
    const net = mlp([2, 20, 1], { output: "sigmoid", seed: 1 });
    const forward = stepper(net, [1, 2], [1], { dropout: 0.5, seed: 3 }).rest().filter((e) => e.kind === "forward") as Extract<StepEvent, { kind: "forward" }>[];
    const hidden = forward.filter((e) => e.layer === 0);
    const dropped = hidden.filter((e) => !e.kept);
    expect(dropped.length).toBeGreaterThan(3);
    expect(dropped.length).toBeLessThan(17);
    expect(dropped[0].text).toContain("dropped by dropout");
  });
});
