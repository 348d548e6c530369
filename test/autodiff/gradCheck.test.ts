import { describe, expect, it } from "vitest";
import { gradCheck, mlp, mse, tanh, type Activation, type Loss } from "../../src";

/** A 2-3-2 tanh network with hand-picked weights (gradients of order 0.01–1). */
function small(output = "linear") {
  return mlp([2, 3, 2], {
    hidden: "tanh",
    output,
    init: {
      weights: [
        [[0.5, -0.4], [0.3, 0.8], [-0.7, 0.2]],
        [[0.6, -0.5, 0.9], [-0.3, 0.4, 0.7]],
      ],
      biases: [[0.1, -0.2, 0.05], [0.2, -0.1]],
    },
  });
}

/** Mean squared error whose gradient is wrong by `factor` on output `k` only. */
function wrongLoss(k: number, factor: number): Loss {
  return {
    ...mse,
    name: "wrong-mse",
    gradient(a, y, da, offset, n) {
      mse.gradient(a, y, da, offset, n);
      da[offset + k] *= factor;
    },
  };
}

/** tanh whose backward pass is wrong by `factor` for neuron `j` of a layer of `size` neurons. */
function wrongTanh(j: number, size: number, factor: number): Activation {
  return {
    ...tanh,
    name: "wrong-tanh",
    backward(z, a, da, dz, offset, n) {
      tanh.backward(z, a, da, dz, offset, n);
      for (let k = offset; k < offset + n; k++) if (k % size === j) dz[k] *= factor;
    },
  };
}

describe("gradCheck", () => {
  it("gradCheck(net, x, y, loss) reports a tiny error and ok for a correct network", () => {
    const net = small();
    for (const [x, y] of [[[0.3, -0.8], [0.5, -1]], [[[0.3, -0.8], [1, 0.2], [-0.5, 0.5]], [[0.5, -1], [0, 0], [1, 1]]]] as const) {
      const result = gradCheck(net, x, y, "mse");
      expect(result.ok).toBe(true);
      expect(result.maxRelativeError).toBeLessThan(1e-6);
      expect(result.worst.relativeError).toBe(result.maxRelativeError);
      expect(result.entries.length).toBe(net.parameterCount); // 3·2 + 3 + 2·3 + 2 = 17
    }
  });

  it("gradCheck(net, x, y) uses the natural loss: bce after sigmoid, ce after softmax", () => {
    expect(gradCheck(small("sigmoid"), [0.3, -0.8], [1, 0]).ok).toBe(true);
    expect(gradCheck(small("softmax"), [0.3, -0.8], [0, 1]).ok).toBe(true);
  });

  it("gradCheck(...).entries lists layer by layer, each neuron's weights then its bias, with analytic = backward's gradient", () => {
    const net = small();
    const x = [0.3, -0.8], y = [0.5, -1];
    const { entries } = gradCheck(net, x, y, "mse");
    const grads = net.backward(net.forward(x), y, "mse");
    const expected: { layer: number; neuron: number; parameter: string; input?: number; analytic: number }[] = [];
    net.layers.forEach((layer, l) => {
      for (let j = 0; j < layer.size; j++) {
        for (let i = 0; i < layer.inputs; i++) expected.push({ layer: l, neuron: j, parameter: "weight", input: i, analytic: grads.layers[l].dw[j][i] });
        expected.push({ layer: l, neuron: j, parameter: "bias", analytic: grads.layers[l].db[j] });
      }
    });
    expect(entries).toEqual(expected.map((e) => expect.objectContaining(e)));
    for (const e of entries) {
      expect(e.relativeError).toBeCloseTo(Math.abs(e.analytic - e.numeric) / Math.max(Math.abs(e.analytic), Math.abs(e.numeric), 1e-8), 15);
    }
  });

  it("gradCheck(net, x, y, loss) leaves every weight and bias exactly as it was", () => {
    const net = small();
    const before = net.toJSON();
    gradCheck(net, [0.3, -0.8], [0.5, -1], "mse");
    expect(net.toJSON()).toEqual(before);
  });

  it("gradCheck(net, x, y, wrongLoss) finds a gradient wrong by a factor 3 on output 1, and ok is false", () => {
    const net = small();
    const result = gradCheck(net, [0.3, -0.8], [0.5, -1], wrongLoss(1, 3));
    expect(result.ok).toBe(false);
    // Output neuron 1's weights and bias: analytic = 3 × numeric, so |3g − g| / |3g| = 2/3.
    const neuron1 = result.entries.filter((e) => e.layer === 1 && e.neuron === 1);
    expect(neuron1).toHaveLength(4);
    for (const e of neuron1) {
      expect(e.analytic / e.numeric).toBeCloseTo(3, 6);
      expect(e.relativeError).toBeCloseTo(2 / 3, 6);
    }
    // Output neuron 0 never sees the wrong gradient.
    for (const e of result.entries.filter((e) => e.layer === 1 && e.neuron === 0)) expect(e.relativeError).toBeLessThan(1e-6);
    expect(result.maxRelativeError).toBeGreaterThanOrEqual(2 / 3 - 1e-6);
  });

  it("gradCheck(net, x, y, wrongLoss).worst points at the wrong neuron when it is the only layer", () => {
    const net = mlp([3, 2], { seed: 4 });
    const result = gradCheck(net, [[0.5, -1, 2], [1, 0, -0.5]], [[1, 0], [0, 1]], wrongLoss(0, 0.5));
    expect(result.ok).toBe(false);
    expect(result.worst).toMatchObject({ layer: 0, neuron: 0 });
    expect(result.maxRelativeError).toBeCloseTo(0.5, 6); // |g/2 − g| / |g|
    for (const e of result.entries.filter((e) => e.neuron === 1)) expect(e.relativeError).toBeLessThan(1e-6);
  });

  it("gradCheck(net, x, y, loss).worst names the hidden neuron whose backward step is wrong", () => {
    // Hidden neuron 2 of layer 0 multiplies its dz by 2; nothing else is wrong.
    const net = mlp([2, 3, 1], { hidden: wrongTanh(2, 3, 2), seed: 3 });
    const result = gradCheck(net, [[0.3, -0.8], [1, 0.5]], [[0.5], [-1]], "mse");
    expect(result.ok).toBe(false);
    expect(result.worst).toMatchObject({ layer: 0, neuron: 2 });
    expect(result.maxRelativeError).toBeCloseTo(0.5, 6); // |2g − g| / |2g|
    const bad = result.entries.filter((e) => e.relativeError > 1e-6);
    expect(bad.map((e) => `${e.layer}.${e.neuron}.${e.parameter}${e.input ?? ""}`)).toEqual(["0.2.weight0", "0.2.weight1", "0.2.bias"]);
  });

  it("gradCheck(net, x, y, loss, { tolerance }) decides ok with the given tolerance", () => {
    const net = small();
    const loose = gradCheck(net, [0.3, -0.8], [0.5, -1], wrongLoss(1, 1.001), { tolerance: 1e-2 });
    expect(loose.maxRelativeError).toBeGreaterThan(1e-4);
    expect(loose.ok).toBe(true);
    expect(gradCheck(net, [0.3, -0.8], [0.5, -1], wrongLoss(1, 1.001)).ok).toBe(false);
  });

  it("gradCheck(net, x, y, loss, { h }) uses the given step", () => {
    const net = small();
    // A huge step makes the central difference visibly inexact on a curved loss.
    const coarse = gradCheck(net, [0.3, -0.8], [0.5, -1], "mse", { h: 0.5 });
    expect(coarse.maxRelativeError).toBeGreaterThan(1e-3);
    expect(gradCheck(net, [0.3, -0.8], [0.5, -1], "mse", { h: 1e-5 }).maxRelativeError).toBeLessThan(1e-6);
  });
});

describe("gradCheck: tiny gradients", () => {
  it("gradCheck(deep sigmoid net) passes although some gradients are ~1e-7, below what finite differences resolve", () => {
    const net = mlp([4, 6, 6, 6, 3], { hidden: "sigmoid", output: "sigmoid", seed: 1 });
    const result = gradCheck(net, [0.5, -1, 1.5, 0.2], [0.3, 0.7, 0.1], "mse");
    expect(result.entries.some((e) => Math.abs(e.analytic) < 1e-6)).toBe(true);
    expect(result.resolution).toBeGreaterThan(1e-3);
    expect(result.resolution).toBeLessThan(1e-2);
    expect(result.ok).toBe(true);
  });
});
