import { describe, expect, it } from "vitest";
import { mlp, random, type Network, type Trace } from "../../src";

const isZero = (v: number) => v === 0; // true for +0 and −0 alike

function rows(seed: number, count: number, width: number): number[][] {
  const rng = random(seed);
  return Array.from({ length: count }, () => Array.from({ length: width }, () => rng.uniform(-2, 2)));
}

/** Everything a Trace shows, as plain data. */
function story(trace: Trace) {
  return {
    input: trace.input,
    output: trace.output,
    layers: trace.layers,
    neurons: trace.layers.map((layer, l) => layer.z.map((_, j) => trace.neuron(l, j))),
  };
}

describe("BatchTrace", () => {
  it("net.forward(rows).sample(s) equals net.forward(rows[s]) in every number", () => {
    for (const net of [
      mlp([3, 5, 4, 2], { hidden: "tanh", output: "softmax", seed: 2 }),
      mlp([3, 6, 1], { hidden: ["relu"], output: "sigmoid", seed: 3 }),
    ]) {
      const xs = rows(10, 6, 3);
      const batch = net.forward(xs);
      expect(batch.size).toBe(6);
      expect(batch.samples).toHaveLength(6);
      xs.forEach((x, s) => {
        const alone = net.forward(x);
        expect(story(batch.sample(s))).toEqual(story(alone));
        expect(story(batch.samples[s])).toEqual(story(alone));
        expect(batch.outputs[s]).toEqual(alone.output);
      });
    }
  });

  it("net.backward(batch.sample(s), y) equals net.backward(net.forward(x_s), y) and grads.sample(s)", () => {
    const net = mlp([3, 5, 4, 2], { hidden: "sigmoid", output: "sigmoid", seed: 5 });
    const xs = rows(11, 4, 3);
    const ys = [[0, 1], [1, 1], [0.5, 0], [1, 0]];
    const batch = net.forward(xs);
    const grads = net.backward(batch, ys, "bce");
    xs.forEach((x, s) => {
      const alone = net.backward(net.forward(x), ys[s], "bce");
      const fromRow = net.backward(batch.sample(s), ys[s], "bce");
      expect(fromRow.layers).toEqual(alone.layers);
      expect(fromRow.loss).toBe(alone.loss);
      expect(grads.sample(s).layers).toEqual(alone.layers);
      expect(grads.sample(s).loss).toBe(alone.loss);
    });
  });

  it("a BatchTrace keeps its numbers when the network changes", () => {
    const net = mlp([2, 3, 1], { seed: 1 });
    const batch = net.forward([[1, 2], [3, 4]]);
    const before = batch.outputs;
    net.neuron(1, 0).bias = 10;
    expect(batch.outputs).toEqual(before);
    expect(batch.sample(1).neuron(1, 0).bias).not.toBe(10);
  });
});

describe("forward(x, { dropout, seed })", () => {
  const masks = (trace: Trace) => trace.layers.map((layer) => layer.mask);

  it("forward(x, { dropout: p }) masks every hidden layer and never the output layer", () => {
    const net = mlp([4, 30, 30, 3], { seed: 1 });
    const trace = net.forward([1, -1, 0.5, 2], { dropout: 0.5, seed: 3 });
    const last = trace.layers[2];
    expect(trace.layers.map((layer) => layer.dropout)).toEqual([0.5, 0.5, 0]);
    expect(trace.layers[0].mask).toHaveLength(30);
    expect(trace.layers[1].mask).toHaveLength(30);
    expect(last.mask).toBeUndefined();
    expect(last.out).toEqual(last.a);
    expect(trace.output).toEqual(last.a);
    for (let j = 0; j < 3; j++) expect(trace.neuron(2, j).kept).toBe(true);
    expect(trace.layers[0].mask!.every((m) => m === 0 || m === 1)).toBe(true);
  });

  it("forward(x, { dropout: [p0, p1] }) uses one rate per hidden layer; 0 means none", () => {
    const net = mlp([4, 30, 30, 3], { seed: 1 });
    const trace = net.forward([1, -1, 0.5, 2], { dropout: [0, 0.4], seed: 3 });
    expect(trace.layers.map((layer) => layer.dropout)).toEqual([0, 0.4, 0]);
    expect(trace.layers[0].mask).toBeUndefined();
    expect(trace.layers[0].out).toEqual(trace.layers[0].a);
    expect(trace.layers[1].mask).toBeDefined();
    const none = net.forward([1, -1, 0.5, 2], { dropout: 0 });
    expect(story(none)).toEqual(story(net.forward([1, -1, 0.5, 2])));
  });

  it("the masks follow the seed: same seed, same masks; other seed, other masks; default seed 1", () => {
    const net = mlp([4, 50, 50, 1], { seed: 1 });
    const x = [1, -1, 0.5, 2];
    const a = net.forward(x, { dropout: 0.5, seed: 7 });
    expect(masks(net.forward(x, { dropout: 0.5, seed: 7 }))).toEqual(masks(a));
    expect(masks(net.forward(x, { dropout: 0.5, seed: 8 }))[0]).not.toEqual(masks(a)[0]);
    expect(masks(net.forward(x, { dropout: 0.5 }))).toEqual(masks(net.forward(x, { dropout: 0.5, seed: 1 })));
    // Each sample of a batch draws its own mask.
    const batch = net.forward([x, x], { dropout: 0.5, seed: 7 });
    expect(batch.sample(0).layers[0].mask).not.toEqual(batch.sample(1).layers[0].mask);
    expect(batch.sample(0).layers[0].mask).toEqual(a.layers[0].mask);
  });

  it("the fraction of neurons dropped is about p over a big layer (and over a batch)", () => {
    const big = mlp([3, 5000, 1], { seed: 1 });
    const dropped = (masks: number[][]) => masks.flat().filter((m) => m === 0).length / masks.flat().length;
    for (const p of [0.1, 0.5, 0.8]) {
      // Binomial: std √(p(1 − p)/n) ≤ 0.0071 for n = 5000; allow 4 std.
      expect(Math.abs(dropped([big.forward([0.5, -0.5, 1], { dropout: p, seed: 11 }).layers[0].mask!]) - p)).toBeLessThan(0.029);
    }
    // Two hidden layers of 100 neurons, 50 samples: 5000 draws per layer.
    const net = mlp([3, 100, 100, 1], { seed: 1 });
    const batch = net.forward(rows(3, 50, 3), { dropout: [0.3, 0.6], seed: 12 });
    for (const [l, p] of [[0, 0.3], [1, 0.6]]) {
      expect(Math.abs(dropped(batch.samples.map((t) => t.layers[l].mask!)) - p)).toBeLessThan(0.029);
    }
  });

  it("kept activations go on scaled by 1/(1 − p); dropped ones as 0; the next layer sees out", () => {
    const net = mlp([3, 40, 20, 2], { hidden: "sigmoid", seed: 4 });
    const p = 0.25;
    const trace = net.forward([0.5, -1, 2], { dropout: p, seed: 5 });
    for (const l of [0, 1]) {
      const { a, out, mask } = trace.layers[l];
      let kept = 0;
      a.forEach((v, j) => {
        const n = trace.neuron(l, j);
        if (mask![j] === 1) {
          kept++;
          expect(out[j]).toBeCloseTo(v / (1 - p), 15);
          expect(n.kept).toBe(true);
          expect(n.out).toBe(out[j]);
        } else {
          expect(isZero(out[j])).toBe(true);
          expect(n.kept).toBe(false);
          expect(v).toBeGreaterThan(0); // sigmoid: a was not 0, dropout made out 0
        }
      });
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThan(a.length);
      // The next layer's inputs are this layer's out, and its z is computed from them.
      const next = trace.layers[l + 1];
      expect(next.inputs).toEqual(out);
      next.z.forEach((z, k) => {
        const { weights, bias } = net.neuron(l + 1, k);
        expect(z).toBeCloseTo(weights.reduce((s, w, j) => s + w * out[j], bias), 13);
      });
    }
  });

  it("predict(x) never drops", () => {
    const net = mlp([3, 10, 1], { seed: 4 });
    expect(net.predict([0.5, -1, 2])).toEqual(net.forward([0.5, -1, 2]).output);
  });
});

describe("backward through dropout", () => {
  /** A trace with dropout on [3, 12, 10, 2] whose masks drop some and keep some neurons in both hidden layers. */
  function dropped(net: Network, x: number[], p: number, seed: number) {
    const trace = net.forward(x, { dropout: p, seed });
    for (const l of [0, 1]) {
      expect(trace.layers[l].mask!.some((m) => m === 0)).toBe(true);
      expect(trace.layers[l].mask!.some((m) => m === 1)).toBe(true);
    }
    return trace;
  }

  it("backward(trace) gives exactly zero da, dz, db and dw row for a dropped neuron", () => {
    const net = mlp([3, 12, 10, 2], { hidden: "tanh", seed: 6 });
    const trace = dropped(net, [0.5, -1, 2], 0.4, 9);
    const grads = net.backward(trace, [1, -1], "mse");
    for (const l of [0, 1]) {
      trace.layers[l].mask!.forEach((m, j) => {
        const g = grads.layers[l];
        const n = grads.neuron(l, j);
        if (m === 0) {
          expect([g.da[j], g.dz[j], g.db[j], ...g.dw[j]].every(isZero)).toBe(true);
          expect([n.da, n.dadz, n.dz, n.db, ...n.dw].every(isZero)).toBe(true);
          // Nothing flows through it to the next layer's weights either: column j of dw is 0.
          expect(grads.layers[l + 1].dw.every((row) => isZero(row[j]))).toBe(true);
        } else {
          expect(g.dz[j]).not.toBe(0);
          expect(g.dw[j].some((v) => v !== 0)).toBe(true);
        }
      });
    }
  });

  it("grads.neuron(l, j) of a kept neuron tells a consistent story: dz = da · dadz, dadz = f'(z)", () => {
    const net = mlp([3, 12, 10, 2], { hidden: "tanh", seed: 6 });
    const p = 0.4;
    const trace = dropped(net, [0.5, -1, 2], p, 9);
    const grads = net.backward(trace, [1, -1], "mse");
    for (const l of [0, 1]) {
      trace.layers[l].mask!.forEach((m, j) => {
        if (m === 0) return;
        const n = grads.neuron(l, j);
        const a = trace.layers[l].a[j];
        expect(n.dz).toBeCloseTo(n.da * (1 - a * a), 14);
        expect(n.dadz).toBeCloseTo(1 - a * a, 14);
        expect(n.dz).toBeCloseTo(n.da * n.dadz, 14);
      });
    }
  });

  it("backward(batchTrace) with dropout: each sample's dropped neurons get zero gradients in grads.sample(s)", () => {
    const net = mlp([3, 12, 10, 2], { hidden: "relu", seed: 6 });
    const batch = net.forward(rows(4, 3, 3), { dropout: 0.5, seed: 2 });
    const grads = net.backward(batch, [[1, 0], [0, 1], [1, 1]], "mse");
    let checked = 0;
    for (let s = 0; s < 3; s++) {
      const mine = grads.sample(s);
      batch.sample(s).layers.slice(0, 2).forEach((layer, l) => {
        layer.mask!.forEach((m, j) => {
          if (m !== 0) return;
          checked++;
          expect([mine.layers[l].da[j], mine.layers[l].dz[j], mine.layers[l].db[j], ...mine.layers[l].dw[j]].every(isZero)).toBe(true);
        });
      });
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("backward(trace with dropout) agrees with finite differences of the same masked forward pass", () => {
    const net = mlp([3, 6, 5, 2], { hidden: "tanh", seed: 6 });
    const x = [0.5, -1, 2], y = [1, -1];
    const options = { dropout: [0.3, 0.5], seed: 4 };
    const loss = () => {
      const a = net.forward(x, options).output; // the same seed draws the same masks every time
      return ((a[0] - y[0]) ** 2 + (a[1] - y[1]) ** 2) / 2;
    };
    const trace = net.forward(x, options);
    expect(trace.layers[0].mask!.some((m) => m === 0) && trace.layers[1].mask!.some((m) => m === 0)).toBe(true);
    const grads = net.backward(trace, y, "mse");
    expect(grads.loss).toBeCloseTo(loss(), 15);
    const h = 1e-6;
    net.layers.forEach((layer, l) => {
      for (let k = 0; k < layer.weights.length; k++) {
        const saved = layer.weights[k];
        layer.weights[k] = saved + h;
        const up = loss();
        layer.weights[k] = saved - h;
        const down = loss();
        layer.weights[k] = saved;
        const numeric = (up - down) / (2 * h);
        const analytic = grads.layers[l].dw[Math.floor(k / layer.inputs)][k % layer.inputs];
        expect(Math.abs(analytic - numeric)).toBeLessThanOrEqual(1e-6 * Math.abs(numeric) + 1e-9);
      }
    });
  });
});
