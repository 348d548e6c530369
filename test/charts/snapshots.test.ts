import { describe, expect, it } from "vitest";
import { activationPlot, lossCurve, mlp, networkDiagram, neuronSliders, type EpochRecord } from "../../src";

/** Specs of small, fixed inputs, kept as snapshots: a change to a chart shows up as a reviewable diff. */
const record = (epoch: number, trainLoss: number, valLoss: number): EpochRecord =>
  ({ epoch, trainLoss, valLoss, penalty: 0, learningRate: 0.1, batchLoss: NaN, steps: epoch });

describe("spec snapshots", () => {
  it("lossCurve({ epochs, bestEpoch }) spec", () => {
    const history = { epochs: [record(0, 1, 1.1), record(1, 0.5, 0.6), record(2, 0.25, 0.7)], bestEpoch: 1 };
    expect(lossCurve(history)).toMatchSnapshot();
  });

  it("networkDiagram(net, { trace, grads }) spec", () => {
    const net = mlp([2, 1], { output: "sigmoid", init: { weights: [[[0.5, -0.25]]], biases: [[0.1]] } });
    const trace = net.forward([1, 2]);
    expect(networkDiagram(net, { trace, grads: net.backward(trace, [1]) })).toMatchSnapshot();
  });

  it("activationPlot(['relu'], { samples: 3 }) spec", () => {
    expect(activationPlot(["relu"], { samples: 3 })).toMatchSnapshot();
  });

  it("neuronSliders() spec params", () => {
    expect((neuronSliders() as unknown as { params: unknown }).params).toMatchSnapshot();
  });
});
