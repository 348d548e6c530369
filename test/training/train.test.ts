import { describe, expect, it } from "vitest";
import { DivergenceError, mlp, train, type EpochRecord } from "../../src";
import { noisySine } from "../core/fixtures";

const XOR = { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [[0], [1], [1], [0]] };


const minimum = (records: EpochRecord[], key: "trainLoss" | "valLoss") =>
  records.reduce((best, r) => ((r[key] as number) < (best[key] as number) ? r : best));

describe("train", () => {
  it("train(mlp([2, 4, 1]), xor) learns XOR on at least 18 of 20 seeds", () => {
    let solved = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const net = mlp([2, 4, 1], { hidden: "tanh", output: "sigmoid", seed });
      const history = train(net, XOR, { epochs: 1000, batchSize: 4, optimizer: "sgd", learningRate: 0.5, seed });
      if (history.last.trainAccuracy === 1) solved++;
    }
    expect(solved).toBeGreaterThanOrEqual(18);
  });

  it("train(mlp([2, 1]), xor) cannot learn XOR: a linear boundary gets at most 3 of 4 right", () => {
    for (let seed = 1; seed <= 5; seed++) {
      const net = mlp([2, 1], { output: "sigmoid", seed });
      const history = train(net, XOR, { epochs: 2000, batchSize: 4, learningRate: 0.5, seed });
      expect(history.last.trainAccuracy).toBeLessThanOrEqual(0.75);
    }
  });

  it("train(net, data, { seed }) gives a bit-identical history on repeated runs", () => {
    const data = noisySine(40, 3);
    const run = () => train(mlp([1, 16, 1], { seed: 5 }), data, { epochs: 20, batchSize: 8, dropout: 0.2, l2: 0.01, optimizer: "adam", learningRate: 0.01, seed: 9 });
    expect(run().toJSON()).toEqual(run().toJSON());
  });

  it("history.epochs[0] is the untrained network and index = epoch", () => {
    const history = train(mlp([2, 4, 1], { output: "sigmoid" }), XOR, { epochs: 5 });
    expect(history.epochs.map((r) => r.epoch)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(history.epochs[0].steps).toBe(0);
    expect(history.epochs[5].steps).toBe(5);
  });

  it("train(net, data, { batchSize }) takes ⌈n / batchSize⌉ steps per epoch", () => {
    const data = noisySine(10, 1);
    const steps = (batchSize: number) => train(mlp([1, 3, 1]), data, { epochs: 2, batchSize }).last.steps;
    expect(steps(1)).toBe(20);
    expect(steps(3)).toBe(8);
    expect(steps(10)).toBe(2);
    expect(steps(100)).toBe(2);
  });

  it("an over-parameterised net overfits: validation loss rises after its minimum while training loss keeps falling", () => {
    const data = noisySine(20, 1);
    const validation = noisySine(200, 2);
    const net = mlp([1, 64, 64, 1], { hidden: "tanh", seed: 1 });
    const history = train(net, data, { epochs: 3000, batchSize: 20, optimizer: "adam", learningRate: 0.01, validation, seed: 1 });
    const best = minimum(history.epochs, "valLoss");
    expect(best.epoch).toBeLessThan(history.epochs.length - 1);
    expect(history.last.valLoss!).toBeGreaterThan(1.2 * best.valLoss!);
    expect(history.last.trainLoss).toBeLessThan(0.5 * best.trainLoss);
  });
});

describe("train: callbacks and recording", () => {
  it("train(net, data, { onEpoch, onStep }) calls back after every step and epoch; onEpoch returning false stops", () => {
    const steps: number[] = [];
    const epochs: number[] = [];
    const history = train(mlp([2, 3, 1], { output: "sigmoid" }), XOR, {
      epochs: 10, batchSize: 2,
      onStep: (s) => steps.push(s.step),
      onEpoch: (r) => {
        epochs.push(r.epoch);
        return r.epoch < 3;
      },
    });
    expect(epochs).toEqual([1, 2, 3]);
    expect(steps).toEqual([1, 2, 3, 4, 5, 6]);
    expect(history.last.epoch).toBe(3);
  });

  it("train(net, data, { trace: true }) records every sample's z, a and dz from the last epoch, in data order", () => {
    const net = mlp([2, 3, 1], { output: "sigmoid", seed: 2 });
    const history = train(net, XOR, { epochs: 2, batchSize: 4, trace: true, learningRate: 0.5 });
    // With one full batch per epoch, the last epoch's forward pass used the weights from after epoch 1.
    const replay = mlp([2, 3, 1], { output: "sigmoid", seed: 2 });
    train(replay, XOR, { epochs: 1, batchSize: 4, learningRate: 0.5 });
    const recorded = history.trace!;
    expect(recorded.epoch).toBe(2);
    XOR.x.forEach((x, s) => {
      const grads = replay.backward(replay.forward(x), XOR.y[s], "bce");
      const trace = replay.forward(x);
      expect(recorded.sample(s).layers[0].z).toEqual(trace.layers[0].z);
      expect(recorded.sample(s).layers[1].a).toEqual(trace.layers[1].a);
      expect(recorded.sample(s).layers[0].dz).toEqual(grads.layers[0].dz);
    });
  });

  it("train(net, data, { evaluate: false }) reports the mini-batch losses instead of an extra pass", () => {
    const history = train(mlp([2, 3, 1], { output: "sigmoid" }), XOR, { epochs: 3, batchSize: 4, evaluate: false });
    for (const r of history.epochs.slice(1)) expect(r.trainLoss).toBe(r.batchLoss);
    expect(history.epochs[0].trainLoss).toBeNaN();
    expect(history.bestEpoch).toBeGreaterThan(0);
  });
});

describe("train: divergence", () => {
  it("train(net, data, { learningRate: too high }) stops with an error naming the epoch and the learning rate", () => {
    const data = noisySine(20, 1);
    const net = mlp([1, 8, 1], { hidden: "relu", seed: 1 });
    let error: unknown;
    try {
      train(net, { x: data.x.map(([v]) => [v * 100]), y: data.y }, { epochs: 50, learningRate: 10 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DivergenceError);
    const d = error as DivergenceError;
    expect(d.message).toMatch(/diverged in epoch \d+/);
    expect(d.message).toMatch(/learning rate too high/);
    expect(d.message).toContain("learningRate 10");
    expect(d.epoch).toBeGreaterThanOrEqual(1);
    expect(d.history.epochs.length).toBeGreaterThanOrEqual(1);
    for (const record of d.history.epochs) expect(Number.isFinite(record.trainLoss)).toBe(true);
  });
});

describe("train: early stopping", () => {
  it("train(net, data, { earlyStopping: { patience } }) stops patience epochs after the best and restores its weights", () => {
    const data = noisySine(20, 1);
    const validation = noisySine(200, 2);
    const net = mlp([1, 64, 64, 1], { seed: 1 });
    const history = train(net, data, { epochs: 3000, batchSize: 20, optimizer: "adam", learningRate: 0.01, validation, earlyStopping: { patience: 50 } });
    expect(history.stoppedEpoch).toBeDefined();
    expect(history.stoppedEpoch! - history.bestEpoch).toBe(50);
    expect(history.restoredBest).toBe(true);
    expect(net.loss(validation.x, validation.y)).toBeCloseTo(history.best.valLoss!, 12);
  });
});

describe("train: accuracy", () => {
  it("train(net, classes, { loss: 'mse' }) reports accuracy when the targets are class labels, and not for regression", () => {
    const classes = train(mlp([2, 4, 1], { output: "sigmoid", seed: 1 }), XOR, { epochs: 2, loss: "mse" });
    expect(classes.last.trainAccuracy).toBeDefined();
    const regression = train(mlp([1, 4, 1], { seed: 1 }), noisySine(10, 1), { epochs: 2 });
    expect(regression.last.trainAccuracy).toBeUndefined();
  });
});
