import { describe, expect, it } from "vitest";
import { circle, decisionBoundary, mlp, multiGaussian, split, train } from "../../src";
import { expectRenders, rowsOf } from "./check";

const data = circle({ n: 100, seed: 3 });
const sets = split(data, 0.8);
const net = mlp([2, 6, 1], { output: "sigmoid", seed: 2 });
train(net, sets.train, { epochs: 30, optimizer: "adam", learningRate: 0.05 });

describe("decisionBoundary", () => {
  it("decisionBoundary(net, { train, test }) draws a 50×50 map of the output with both sets", () => {
    const spec = decisionBoundary(net, sets);
    expectRenders(spec);
    const rows = rowsOf(spec);
    const cells = rows.filter((r) => r.output !== undefined);
    expect(cells).toHaveLength(2500);
    expect(rows.filter((r) => r.set === "train")).toHaveLength(80);
    expect(rows.filter((r) => r.set === "test")).toHaveLength(20);
  });

  it("decisionBoundary(net, data) colours each cell by the network's output at its centre", () => {
    const spec = decisionBoundary(net, data, { resolution: 10, extent: [[-2, 2], [-1, 1]] });
    const cell = rowsOf(spec).find((r) => r.output !== undefined && r.x1 === -1.8 && r.x2 === 0.9)!;
    expect(cell.output).toBeCloseTo(net.predict([-1.8, 0.9])[0], 3);
    expect(cell.x1lo).toBe(-2);
    expect(cell.x1hi).toBe(-1.6);
  });

  it("decisionBoundary(net, data) with several outputs shows the winning class and its confidence", () => {
    const three = multiGaussian({ n: 60, k: 3, seed: 1 });
    const soft = mlp([2, 5, 3], { output: "softmax", seed: 1 });
    const spec = decisionBoundary(soft, three, { resolution: 20 });
    expectRenders(spec);
    expect(rowsOf(spec).some((r) => r.confidence !== undefined)).toBe(true);
  });

  it("decisionBoundary(net, data, { resolution: 51 }) refuses, naming the limit", () => {
    expect(() => decisionBoundary(net, data, { resolution: 51 })).toThrow(/51×51 is larger than the limit of 50×50/);
  });

  it("decisionBoundary(net3inputs, data) refuses: it needs 2 inputs", () => {
    expect(() => decisionBoundary(mlp([3, 2, 1]), data)).toThrow(/exactly 2 inputs; it has 3/);
  });
});
