import { describe, expect, it } from "vitest";
import { mlp, random, sgd, train } from "../../src";
import { noisySine } from "../core/fixtures";

function data(n: number, seed: number) {
  const rng = random(seed);
  const x = Array.from({ length: n }, () => [rng.uniform(-2, 2), rng.uniform(-2, 2)]);
  return { x, y: x.map(([a, b]) => [Math.sin(a) * b + rng.normal(0, 0.2)]) };
}

/** The penalised loss, written from its definition: data loss + λ₁Σ|w| + (λ₂/2)Σw² over weights only. */
function penalisedLoss(net: ReturnType<typeof mlp>, d: ReturnType<typeof data>, l1: number, l2: number): number {
  let abs = 0, squares = 0;
  for (const layer of net.layers) for (const w of layer.weights) { abs += Math.abs(w); squares += w * w; }
  return net.loss(d.x, d.y, "mse") + l1 * abs + (l2 / 2) * squares;
}

describe("l1 and l2 penalties", () => {
  for (const [l1, l2] of [[0, 0.1], [0.05, 0], [0.02, 0.3]]) {
    it(`train(net, data, { l1: ${l1}, l2: ${l2} }) steps along the finite-difference gradient of the penalised loss`, () => {
      const d = data(12, 4);
      const net = mlp([2, 5, 1], { hidden: "tanh", seed: 2 });
      const before = mlp([2, 5, 1], { hidden: "tanh", seed: 2 });
      const eta = 1e-3;
      train(net, d, { epochs: 1, batchSize: 12, optimizer: sgd({ learningRate: eta }), l1, l2, shuffle: false });
      const h = 1e-6;
      net.layers.forEach((layer, l) => {
        const params = [[before.layers[l].weights, layer.weights], [before.layers[l].bias, layer.bias]] as const;
        for (const [start, after] of params) {
          for (let k = 0; k < start.length; k++) {
            const saved = start[k];
            start[k] = saved + h;
            const up = penalisedLoss(before, d, l1, l2);
            start[k] = saved - h;
            const down = penalisedLoss(before, d, l1, l2);
            start[k] = saved;
            const numeric = (up - down) / (2 * h);
            const analytic = (saved - after[k]) / eta;
            expect(Math.abs(analytic - numeric) / Math.max(Math.abs(numeric), 1e-8)).toBeLessThan(1e-6);
          }
        }
      });
    });
  }

  it("train(net, data, { l2 }) reports the penalty apart from the data loss", () => {
    const d = data(20, 1);
    const net = mlp([2, 5, 1], { seed: 2 });
    const history = train(net, d, { epochs: 3, l2: 0.5 });
    let squares = 0;
    for (const layer of net.layers) for (const w of layer.weights) squares += w * w;
    expect(history.last.penalty).toBeCloseTo(0.25 * squares, 12);
    expect(history.last.trainLoss).toBeCloseTo(net.loss(d.x, d.y), 12);
  });

  it("train(net, data, { l1 }) drives many weights to (near) zero; l2 shrinks without zeroing", () => {
    const d = data(40, 3);
    const run = (options: { l1?: number; l2?: number }) => {
      const net = mlp([2, 16, 1], { seed: 3 });
      train(net, d, { epochs: 400, batchSize: 40, optimizer: "sgd", learningRate: 0.05, ...options });
      return net.layers.flatMap((layer) => Array.from(layer.weights));
    };
    const tiny = (ws: number[]) => ws.filter((w) => Math.abs(w) < 1e-2).length;
    const sumAbs = (ws: number[]) => ws.reduce((s, w) => s + Math.abs(w), 0);
    const none = run({}), l1 = run({ l1: 0.01 }), l2 = run({ l2: 0.05 });
    expect(tiny(l1)).toBeGreaterThan(3 * Math.max(tiny(l2), 1));
    expect(sumAbs(l2)).toBeLessThan(sumAbs(none));
  });
});

describe("l2 against overfitting", () => {
  it("train(bigNet, fewSamples, { l2 }) shrinks the train/validation gap of an overfitting network", () => {
    const d = noisySine(20, 1), validation = noisySine(200, 2);
    const run = (l2?: number) => {
      const net = mlp([1, 64, 64, 1], { hidden: "tanh", seed: 1 });
      return train(net, d, { epochs: 1500, batchSize: 20, optimizer: "adam", learningRate: 0.01, validation, l2, seed: 1 }).last;
    };
    const plain = run(), decayed = run(0.001);
    const gap = (r: typeof plain) => r.valLoss! - r.trainLoss;
    expect(gap(decayed)).toBeLessThan(0.5 * gap(plain));
    expect(decayed.valLoss!).toBeLessThan(plain.valLoss!);
  });
});
