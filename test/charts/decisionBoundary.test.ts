import { describe, expect, it } from "vitest";
import { circle, decisionBoundary, mlp, multiGaussian, split, train } from "../../src";
import { contrast, expectRenders, rowsOf } from "./check";

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
    expect(rows.filter((r) => r.set === "training")).toHaveLength(80);
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

  it("decisionBoundary(net, { train, validation }) calls the second set validation, never test", () => {
    const rows = rowsOf(decisionBoundary(net, { train: sets.train, validation: sets.test }));
    expect(new Set(rows.filter((r) => r.set !== undefined).map((r) => r.set))).toEqual(new Set(["training", "validation"]));
  });

  for (const [name, model, points] of [
    ["one sigmoid output", net, sets],
    ["three softmax outputs", mlp([2, 5, 3], { output: "softmax", seed: 1 }), multiGaussian({ n: 60, k: 3, seed: 1 })],
  ] as const) {
    it(`decisionBoundary(${name}) keeps every point's class readable: its own shape, and an outline that contrasts with its fill`, () => {
      const spec = decisionBoundary(model, points) as unknown as { layer: { mark: { type: string; strokeWidth?: number }; encoding: Record<string, any> }[] };
      const dots = spec.layer.find((l) => l.mark.type === "point")!;
      const { shape, fill, stroke } = dots.encoding;
      // Class by shape: one distinct shape per class.
      expect(shape.field).toBe("class");
      expect(new Set(shape.scale.range).size).toBe(shape.scale.domain.length);
      // Class by fill, and an outline that stands out against every fill (WCAG contrast ≥ 3).
      expect(fill.field).toBe("class");
      expect(dots.mark.strokeWidth).toBeGreaterThanOrEqual(1.5);
      for (const outline of stroke.scale.range) for (const colour of fill.scale.range) expect(contrast(outline, colour)).toBeGreaterThanOrEqual(3);
    });
  }

  it("decisionBoundary(net, data, { resolution: 51 }) refuses, naming the limit", () => {
    expect(() => decisionBoundary(net, data, { resolution: 51 })).toThrow(/51×51 is larger than the limit of 50×50/);
  });

  it("decisionBoundary(net3inputs, data) refuses: it needs 2 inputs", () => {
    expect(() => decisionBoundary(mlp([3, 2, 1]), data)).toThrow(/exactly 2 inputs; it has 3/);
  });
});
