import { describe, expect, it } from "vitest";
import { mlp, train } from "../../src";
import { noisySine } from "../core/fixtures";


describe("dropout in training", () => {
  it("train(bigNet, fewSamples, { dropout }) has higher training loss and a smaller train/validation gap than without", () => {
    const data = noisySine(20, 1);
    const validation = noisySine(200, 2);
    const run = (dropout?: number) => {
      const net = mlp([1, 64, 64, 1], { hidden: "tanh", seed: 1 });
      const history = train(net, data, { epochs: 1500, batchSize: 20, optimizer: "adam", learningRate: 0.01, validation, dropout, seed: 1 });
      return history.last;
    };
    const plain = run();
    const dropped = run(0.3);
    expect(dropped.trainLoss).toBeGreaterThan(plain.trainLoss);
    expect(dropped.valLoss! - dropped.trainLoss).toBeLessThan(plain.valLoss! - plain.trainLoss);
  });

  it("train(net, data, { dropout }) leaves prediction drop-free and deterministic", () => {
    const data = noisySine(30, 3);
    const net = mlp([1, 32, 1], { seed: 2 });
    train(net, data, { epochs: 20, dropout: 0.5 });
    const first = net.predict(data.x);
    expect(net.predict(data.x)).toEqual(first);
    const trace = net.forward(data.x[0]);
    expect(trace.layers[0].mask).toBeUndefined();
    expect(trace.layers[0].out).toEqual(trace.layers[0].a);
  });

  it("train(net, data, { dropout: [p1, p2] }) accepts one rate per hidden layer and rejects a wrong count", () => {
    const data = noisySine(10, 3);
    expect(() => train(mlp([1, 4, 4, 1]), data, { epochs: 1, dropout: [0.1, 0.5] })).not.toThrow();
    expect(() => train(mlp([1, 4, 4, 1]), data, { epochs: 1, dropout: [0.1] })).toThrow(/one rate per hidden layer \(2\)/);
    expect(() => train(mlp([1, 4, 1]), data, { epochs: 1, dropout: 1 })).toThrow(/\[0, 1\)/);
  });
});
