import { describe, expect, it } from "vitest";
import { circle, mlp, train, weightHistogram } from "../../src";
import { expectRenders, rowsOf } from "./check";

const data = circle({ n: 60 });
const make = (options: { l1?: number; l2?: number }) => {
  const net = mlp([2, 8, 1], { output: "sigmoid", seed: 3 });
  train(net, data, { epochs: 20, optimizer: "adam", learningRate: 0.05, ...options });
  return net;
};

describe("weightHistogram", () => {
  it("weightHistogram({ none, L1, L2 }) draws one histogram per network with every weight", () => {
    const spec = weightHistogram({ "no penalty": make({}), "L1 λ=0.01": make({ l1: 0.01 }), "L2 λ=0.01": make({ l2: 0.01 }) });
    expectRenders(spec);
    expect(rowsOf(spec)).toHaveLength(3 * (16 + 8));
  });

  it("weightHistogram(net, { layer: 1 }) draws one layer's weights", () => {
    const net = make({});
    const spec = weightHistogram(net, { layer: 1 });
    expectRenders(spec);
    expect(rowsOf(spec).map((r) => r.weight)).toEqual(Array.from(net.layers[1].weights));
  });
});
