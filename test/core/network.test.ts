import { describe, expect, it } from "vitest";
import { mlp } from "../../src";

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A 2-2-1 network with weights written by hand: tanh hidden, sigmoid output. */
function tiny() {
  return mlp([2, 2, 1], {
    hidden: "tanh",
    output: "sigmoid",
    init: { weights: [[[0.5, -0.25], [0.1, 0.2]], [[1.0, -2.0]]], biases: [[0.1, -0.3], [0.5]] },
  });
}

describe("Network", () => {
  it("forward(x) computes z = W·x + b and a = f(z) for every neuron, by hand", () => {
    const trace = tiny().forward([1, 2]);
    // z0 = 0.5·1 + (−0.25)·2 + 0.1 = 0.1 and z1 = 0.1·1 + 0.2·2 − 0.3 = 0.2
    expect(trace.layers[0].z[0]).toBeCloseTo(0.1, 15);
    expect(trace.layers[0].z[1]).toBeCloseTo(0.2, 15);
    expect(trace.layers[0].a[0]).toBeCloseTo(Math.tanh(0.5 * 1 - 0.25 * 2 + 0.1), 15);
    expect(trace.layers[0].a[1]).toBeCloseTo(Math.tanh(0.1 * 1 + 0.2 * 2 - 0.3), 15);
    const z = 1.0 * Math.tanh(0.1) - 2.0 * Math.tanh(0.2) + 0.5;
    expect(trace.layers[1].z[0]).toBeCloseTo(z, 14);
    expect(trace.output[0]).toBeCloseTo(sigmoid(z), 14);
  });

  it("trace.neuron(l, j) tells one neuron's story", () => {
    const n = tiny().forward([1, 2]).neuron(0, 0);
    expect(n.inputs).toEqual([1, 2]);
    expect(n.weights).toEqual([0.5, -0.25]);
    expect(n.bias).toBe(0.1);
    expect(n.z).toBeCloseTo(0.1, 15);
    expect(n.a).toBeCloseTo(Math.tanh(0.1), 15);
    expect(n.activation).toBe("tanh");
    expect(n.kept).toBe(true);
  });

  it("backward(trace, target, \"mse\") follows the chain rule, by hand", () => {
    const net = tiny();
    const grads = net.backward(net.forward([1, 2]), [1], "mse");
    const a0 = [Math.tanh(0.1), Math.tanh(0.2)];
    const z1 = a0[0] - 2 * a0[1] + 0.5;
    const a1 = sigmoid(z1);
    const da1 = 2 * (a1 - 1); // L = (a − y)², one output
    const dz1 = da1 * a1 * (1 - a1);
    expect(grads.loss).toBeCloseTo((a1 - 1) ** 2, 15);
    expect(grads.layers[1].da[0]).toBeCloseTo(da1, 14);
    expect(grads.layers[1].dz[0]).toBeCloseTo(dz1, 14);
    expect(grads.layers[1].dw[0][0]).toBeCloseTo(dz1 * a0[0], 14);
    expect(grads.layers[1].dw[0][1]).toBeCloseTo(dz1 * a0[1], 14);
    expect(grads.layers[1].db[0]).toBeCloseTo(dz1, 14);
    const da0 = [dz1 * 1.0, dz1 * -2.0];
    const dz0 = [da0[0] * (1 - a0[0] ** 2), da0[1] * (1 - a0[1] ** 2)];
    expect(grads.layers[0].da[0]).toBeCloseTo(da0[0], 14);
    expect(grads.layers[0].da[1]).toBeCloseTo(da0[1], 14);
    expect(grads.layers[0].dz).toEqual([expect.closeTo(dz0[0], 14), expect.closeTo(dz0[1], 14)]);
    expect(grads.layers[0].dw).toEqual([
      [expect.closeTo(dz0[0] * 1, 14), expect.closeTo(dz0[0] * 2, 14)],
      [expect.closeTo(dz0[1] * 1, 14), expect.closeTo(dz0[1] * 2, 14)],
    ]);
    const story = grads.neuron(0, 1);
    expect(story.dadz).toBeCloseTo(1 - a0[1] ** 2, 14);
    expect(story.dz).toBeCloseTo(story.da * story.dadz, 14);
  });

  it("backward(trace, target, \"bce\") after sigmoid gives dz = a − y at the output", () => {
    const net = tiny();
    const trace = net.forward([1, 2]);
    const a = trace.output[0];
    const grads = net.backward(trace, [0], "bce");
    expect(grads.layers[1].dz[0]).toBeCloseTo(a - 0, 15);
    expect(grads.loss).toBeCloseTo(-Math.log(1 - a), 14);
  });

  it("backward(batchTrace, targets) averages dw and db over the samples", () => {
    const net = tiny();
    const xs = [[1, 2], [-1, 0.5], [0, 0]];
    const ys = [[1], [0], [1]];
    const batch = net.backward(net.forward(xs), ys, "mse");
    const single = xs.map((x, s) => net.backward(net.forward(x), ys[s], "mse"));
    const mean = (f: (g: (typeof single)[number]) => number) => single.reduce((t, g) => t + f(g), 0) / single.length;
    expect(batch.loss).toBeCloseTo(mean((g) => g.loss), 15);
    expect(batch.layers[0].dw[1][0]).toBeCloseTo(mean((g) => g.layers[0].dw[1][0]), 15);
    expect(batch.layers[1].db[0]).toBeCloseTo(mean((g) => g.layers[1].db[0]), 15);
    expect(batch.sample(1).layers[0].dw[0][1]).toBeCloseTo(single[1].layers[0].dw[0][1], 15);
    expect(batch.sample(2).loss).toBeCloseTo(single[2].loss, 15);
  });

  it("neuron(l, j) reads and sets parameters, and forward sees the change", () => {
    const net = tiny();
    const n = net.neuron(0, 0);
    expect(n.weights).toEqual([0.5, -0.25]);
    n.weights = [1, 1];
    n.bias = 0;
    expect(net.forward([1, 2]).layers[0].z[0]).toBe(3);
    n.setWeight(1, 0);
    expect(net.neuron(0, 0).weights).toEqual([1, 0]);
    expect(net.layers[0].parameters.weights[0]).toEqual([1, 0]);
  });

  it("a trace keeps the weights it used after the network changes", () => {
    const net = tiny();
    const trace = net.forward([1, 2]);
    net.neuron(0, 0).bias = 5;
    expect(trace.neuron(0, 0).bias).toBe(0.1);
  });
});
