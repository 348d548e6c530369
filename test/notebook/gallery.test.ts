import { readFileSync } from "fs";
import { describe, expect, it } from "vitest";
import {
  activationPlot, boundaryFrame, circle, curve1d, decisionBoundary, dropoutView, epochScrubber, fit1d, lossCurve, mlp, networkDiagram,
  neuronMaps, neuronSliders, optimizerRace, save, split, train, weightHistogram, type BoundaryFrame, type ChartSpec,
} from "../../src";

/**
 * One picture of every chart builder, saved under out/gallery/ (gitignored) to
 * look at: the same PNG a notebook stores for Classic Notebook, GitHub and
 * nbconvert.
 */
function gallery(): Record<string, () => ChartSpec> {
  const sets = split(circle({ n: 120, seed: 3 }), 0.75);
  const net = mlp([2, 6, 1], { output: "sigmoid", seed: 2 });
  const extent = [[-6, 6], [-6, 6]] as const;
  const frames: BoundaryFrame[] = [boundaryFrame(net, 0, { extent })];
  const history = train(net, sets.train, {
    epochs: 60, optimizer: "adam", learningRate: 0.05, validation: sets.test,
    onEpoch: (r, n) => { if (r.epoch % 10 === 0) frames.push(boundaryFrame(n, r.epoch, { extent })); },
  });
  const slow = train(mlp([2, 6, 1], { output: "sigmoid", seed: 2 }), sets.train, { epochs: 60, optimizer: "sgd", learningRate: 0.5, validation: sets.test });
  const trace = net.forward(sets.test.x[0]);
  const curve = curve1d({ n: 20, seed: 2 });
  const fits = { "1 neuron (underfit)": mlp([1, 1], { seed: 1 }), "8 neurons": mlp([1, 8, 1], { seed: 1 }), "64 neurons, long (overfit)": mlp([1, 64, 1], { seed: 1 }) };
  train(fits["1 neuron (underfit)"], curve, { epochs: 100, optimizer: "adam", learningRate: 0.05 });
  train(fits["8 neurons"], curve, { epochs: 300, optimizer: "adam", learningRate: 0.02 });
  train(fits["64 neurons, long (overfit)"], curve, { epochs: 2000, optimizer: "adam", learningRate: 0.01, batchSize: 20 });
  const l1 = mlp([2, 6, 1], { output: "sigmoid", seed: 2 });
  train(l1, sets.train, { epochs: 60, optimizer: "adam", learningRate: 0.05, l1: 0.01 });
  return {
    lossCurve: () => lossCurve(history),
    lossCurveRuns: () => lossCurve({ "adam η=0.05": history, "sgd η=0.5": slow }, { scale: "log" }),
    decisionBoundary: () => decisionBoundary(net, sets),
    neuronMaps: () => neuronMaps(net, sets),
    networkDiagram: () => networkDiagram(net, { trace, grads: net.backward(trace, sets.test.y[0]) }),
    activationPlot: () => activationPlot(["sigmoid", "tanh", "relu", "leakyRelu"], { columns: 4 }),
    fit1d: () => fit1d(fits, curve),
    weightHistogram: () => weightHistogram({ "no penalty": net, "L1 λ=0.01": l1 }),
    optimizerRace: () => optimizerRace(),
    dropoutView: () => dropoutView(net, sets.train, { dropout: 0.5, seed: 3 }),
    epochScrubber: () => epochScrubber(history, frames, { data: sets.train }),
    neuronSliders: () => neuronSliders({ activation: "tanh", weights: [1.5], bias: -0.5 }),
  };
}

describe("gallery", () => {
  const charts = gallery();
  for (const [name, make] of Object.entries(charts)) {
    it(`save(${name}(…), "out/gallery/${name}") writes its PNG, SVG and Vega-Lite JSON`, () => {
      const [file] = save(make(), `out/gallery/${name}`);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBeGreaterThan(300);
    });
  }
});
