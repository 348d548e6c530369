import { describe, expect, it } from "vitest";
import { leakyRelu, mlp, type Network } from "../../src";

const all = (net: Network, l: number) => Array.from(net.layers[l].weights);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const std = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length);
};

describe("mlp(sizes)", () => {
  it("mlp([2, 8, 8, 1]) has two hidden layers and an output layer of the given sizes", () => {
    const net = mlp([2, 8, 8, 1]);
    expect(net.layers).toHaveLength(3);
    expect(net.sizes).toEqual([2, 8, 8, 1]);
    expect([net.inputs, net.outputs]).toEqual([2, 1]);
    expect(net.output).toBe(net.layers[2]);
    expect(net.layers.map((layer) => [layer.index, layer.inputs, layer.size])).toEqual([[0, 2, 8], [1, 8, 8], [2, 8, 1]]);
    expect(net.layers.map((layer) => [layer.weights.length, layer.bias.length])).toEqual([[16, 8], [64, 8], [8, 1]]);
    expect(net.parameterCount).toBe(16 + 8 + 64 + 8 + 8 + 1);
    expect(net.neuron(0, 7).weights).toHaveLength(2);
    expect(net.neuron(2, 0).weights).toHaveLength(8);
    expect(net.layers[1].neurons).toHaveLength(8);
    expect(net.layers[1].parameters.weights).toHaveLength(8);
    expect(net.layers[1].parameters.weights[0]).toHaveLength(8);
  });

  it("mlp([3, 2]) has just an output layer", () => {
    const net = mlp([3, 2]);
    expect(net.layers).toHaveLength(1);
    expect(net.sizes).toEqual([3, 2]);
    expect(net.parameterCount).toBe(8);
    expect(net.forward([1, 2, 3]).output).toHaveLength(2);
  });

  it("mlp(sizes) defaults to tanh hidden layers and a linear output", () => {
    const net = mlp([2, 4, 4, 3]);
    expect(net.layers.map((layer) => layer.activation.name)).toEqual(["tanh", "tanh", "linear"]);
    expect(net.neuron(0, 0).activation).toBe("tanh");
  });

  it("mlp(sizes, { hidden, output }) sets every hidden layer and the output", () => {
    const net = mlp([2, 4, 4, 3], { hidden: "relu", output: "softmax" });
    expect(net.layers.map((layer) => layer.activation.name)).toEqual(["relu", "relu", "softmax"]);
  });

  it("mlp(sizes, { hidden: [f0, f1, …] }) sets one activation per hidden layer (names or objects)", () => {
    const net = mlp([2, 3, 4, 5, 1], { hidden: ["relu", leakyRelu(0.2), "sigmoid"], output: "tanh" });
    expect(net.layers.map((layer) => layer.activation.name)).toEqual(["relu", "leakyRelu(0.2)", "sigmoid", "tanh"]);
    const trace = net.forward([0.5, -1]);
    trace.layers[1].z.forEach((z, j) => expect(trace.layers[1].a[j]).toBe(z > 0 ? z : 0.2 * z));
    trace.layers[2].z.forEach((z, j) => expect(trace.layers[2].a[j]).toBeCloseTo(1 / (1 + Math.exp(-z)), 15));
    expect(mlp([2, 1], { hidden: [] }).layers).toHaveLength(1);
  });
});

describe("mlp(sizes, { init })", () => {
  // 400 inputs → 300 hidden → 1 output: 120 000 weights in the first layer.
  const sizes = [400, 300, 1];

  it("init \"xavier\": U(−√(6/(n_in+n_out)), √(6/(n_in+n_out))), mean 0, std limit/√3; biases 0", () => {
    const net = mlp(sizes, { init: "xavier", seed: 3 });
    net.layers.forEach((layer, l) => {
      const limit = Math.sqrt(6 / (layer.inputs + layer.size));
      const w = all(net, l);
      expect(Math.max(...w.map(Math.abs))).toBeLessThanOrEqual(limit);
      if (l === 0) {
        expect(Math.max(...w)).toBeGreaterThan(0.99 * limit); // the whole range is used
        expect(Math.min(...w)).toBeLessThan(-0.99 * limit);
        expect(Math.abs(mean(w))).toBeLessThan(0.01 * limit);
        expect(std(w) / (limit / Math.sqrt(3))).toBeCloseTo(1, 2);
      }
      expect(Array.from(layer.bias).every((b) => b === 0)).toBe(true);
    });
  });

  it("init \"he\": N(0, 2/n_in): mean 0, std √(2/n_in), ~68% within one std; biases 0", () => {
    const net = mlp(sizes, { init: "he", seed: 3 });
    const w = all(net, 0);
    const sigma = Math.sqrt(2 / 400);
    expect(Math.abs(mean(w))).toBeLessThan(0.01 * sigma);
    expect(std(w) / sigma).toBeCloseTo(1, 2);
    expect(w.filter((v) => Math.abs(v) < sigma).length / w.length).toBeCloseTo(0.6827, 2);
    expect(Math.max(...w.map(Math.abs))).toBeGreaterThan(3.5 * sigma); // unbounded tails, unlike a uniform
    expect(std(all(net, 1)) / Math.sqrt(2 / 300)).toBeGreaterThan(0.6); // 300 weights: a loose check
    expect(Array.from(net.layers[0].bias).every((b) => b === 0)).toBe(true);
  });

  it("init \"uniform\": U(−1, 1): mean 0, std 1/√3; biases 0", () => {
    const net = mlp(sizes, { init: "uniform", seed: 3 });
    const w = all(net, 0);
    expect(Math.max(...w.map(Math.abs))).toBeLessThanOrEqual(1);
    expect(Math.max(...w)).toBeGreaterThan(0.999);
    expect(Math.abs(mean(w))).toBeLessThan(0.01);
    expect(std(w) * Math.sqrt(3)).toBeCloseTo(1, 2);
    expect(Array.from(net.layers[1].bias)).toEqual([0]);
  });

  it("mlp(sizes) picks He for ReLU-family hidden layers and Xavier otherwise", () => {
    const small = [6, 5, 4, 2];
    const same = (a: Network, b: Network) => expect(a.toJSON().weights).toEqual(b.toJSON().weights);
    same(mlp(small, { hidden: "relu", seed: 9 }), mlp(small, { hidden: "relu", init: "he", seed: 9 }));
    same(mlp(small, { hidden: "leakyRelu", seed: 9 }), mlp(small, { hidden: "leakyRelu", init: "he", seed: 9 }));
    same(mlp(small, { hidden: "tanh", seed: 9 }), mlp(small, { hidden: "tanh", init: "xavier", seed: 9 }));
    same(mlp(small, { hidden: "sigmoid", seed: 9 }), mlp(small, { hidden: "sigmoid", init: "xavier", seed: 9 }));
    same(mlp([6, 2], { output: "relu", seed: 9 }), mlp([6, 2], { output: "relu", init: "he", seed: 9 }));
    expect(mlp(small, { hidden: "relu", seed: 9 }).toJSON().weights).not.toEqual(mlp(small, { hidden: "tanh", seed: 9 }).toJSON().weights);
  });

  it("init { weights, biases } sets every parameter exactly", () => {
    const weights = [[[0.5, -0.25], [0.1, 0.2], [3, -4]], [[1, -2, 0.75]]];
    const biases = [[0.1, -0.3, 0], [0.5]];
    const net = mlp([2, 3, 1], { init: { weights, biases } });
    expect(net.toJSON().weights).toEqual(weights);
    expect(net.toJSON().biases).toEqual(biases);
    expect(net.neuron(0, 2).weights).toEqual([3, -4]);
    expect(net.neuron(1, 0).bias).toBe(0.5);
    expect(Array.from(net.layers[0].weights)).toEqual([0.5, -0.25, 0.1, 0.2, 3, -4]); // row-major
  });

  it("init { weights } without biases starts the biases at 0, and the network does not alias the arrays", () => {
    const weights = [[[1, 2]], [[3]]];
    const net = mlp([2, 1, 1], { init: { weights } });
    expect(net.toJSON().biases).toEqual([[0], [0]]);
    weights[0][0][0] = 100;
    expect(net.neuron(0, 0).weights).toEqual([1, 2]);
  });
});

describe("mlp(sizes, { seed })", () => {
  it("the same seed gives identical weights; the default seed is 1", () => {
    const a = mlp([3, 6, 2], { seed: 42 }), b = mlp([3, 6, 2], { seed: 42 });
    expect(a.toJSON()).toEqual(b.toJSON());
    expect(mlp([3, 6, 2]).toJSON()).toEqual(mlp([3, 6, 2], { seed: 1 }).toJSON());
    expect(mlp([3, 6, 2], { init: "he", seed: 5 }).toJSON()).toEqual(mlp([3, 6, 2], { init: "he", seed: 5 }).toJSON());
  });

  it("different seeds give different weights", () => {
    const a = all(mlp([3, 6, 2], { seed: 1 }), 0), b = all(mlp([3, 6, 2], { seed: 2 }), 0);
    expect(a.every((w, k) => w !== b[k])).toBe(true);
    expect(mlp([3, 6, 2], { seed: 1 }).toJSON()).not.toEqual(mlp([3, 6, 2], { seed: 1.5 }).toJSON());
  });
});

describe("Network.clone() and toJSON()", () => {
  it("net.clone() has the same parameters and activations, and outputs the same", () => {
    const net = mlp([2, 4, 3], { hidden: "relu", output: "softmax", seed: 8 });
    const twin = net.clone();
    expect(twin).not.toBe(net);
    expect(twin.toJSON()).toEqual(net.toJSON());
    expect(twin.forward([0.3, -0.7]).output).toEqual(net.forward([0.3, -0.7]).output);
    expect(twin.layers[0].activation).toBe(net.layers[0].activation);
  });

  it("net.clone() is independent: changing either leaves the other as it was", () => {
    const net = mlp([2, 4, 1], { seed: 8 });
    const before = net.toJSON();
    const twin = net.clone();
    twin.neuron(0, 1).weights = [9, 9];
    twin.layers[1].bias[0] = 5;
    expect(net.toJSON()).toEqual(before);
    net.neuron(1, 0).setWeight(2, -3);
    expect(twin.neuron(1, 0).weights[2]).toBe(before.weights[1][0][2]);
    const grads = twin.backward(twin.forward([1, 1]), [0]);
    twin.update(grads, 0.1);
    expect(net.neuron(0, 0).weights).toEqual(before.weights[0][0]);
  });

  it("net.toJSON() lists sizes, activations, weights[l][j][i] and biases[l][j]", () => {
    const net = mlp([2, 3, 1], { hidden: "sigmoid", output: "tanh", seed: 4 });
    const json = net.toJSON();
    expect(json.sizes).toEqual([2, 3, 1]);
    expect(json.activations).toEqual(["sigmoid", "tanh"]);
    expect(json.weights.map((layer) => layer.map((row) => row.length))).toEqual([[2, 2, 2], [3]]);
    expect(json.weights[0][1]).toEqual([...net.neuron(0, 1).weights]);
    expect(json.biases[0]).toEqual(Array.from(net.layers[0].bias));
  });

  it("mlp(json.sizes, { hidden, output, init: json }) rebuilds the same network, also through JSON text", () => {
    for (const net of [
      mlp([2, 5, 4, 3], { hidden: ["relu", "sigmoid"], output: "softmax", seed: 12 }),
      mlp([3, 4, 1], { hidden: "leakyRelu", output: "sigmoid", seed: 13 }),
      mlp([2, 2], { seed: 14 }),
    ]) {
      // Give the biases non-zero values so they are round-tripped too.
      net.layers.forEach((layer) => layer.bias.forEach((_, j) => (layer.bias[j] = 0.1 * (j + 1))));
      const json = JSON.parse(JSON.stringify(net)) as ReturnType<Network["toJSON"]>;
      const hidden = json.activations.slice(0, -1);
      const rebuilt = mlp(json.sizes, { hidden, output: json.activations[json.activations.length - 1], init: { weights: json.weights, biases: json.biases } });
      expect(rebuilt.toJSON()).toEqual(net.toJSON());
      const x = Array.from({ length: json.sizes[0] }, (_, i) => 0.3 * i - 0.5);
      expect(rebuilt.forward(x).output).toEqual(net.forward(x).output);
    }
  });
});
