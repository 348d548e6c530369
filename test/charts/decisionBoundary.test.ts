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

  it("decisionBoundary(net, data) with one output that is not a probability calls it the output, on a scale centred on 0.5 that holds every cell", () => {
    const linear = mlp([2, 4, 1], { output: "linear", seed: 5 });
    const spec = decisionBoundary(linear, data, { resolution: 12 });
    expectRenders(spec);
    const color = (spec as any).layer[0].encoding.color;
    const outputs = rowsOf(spec).filter((r) => r.output !== undefined).map((r) => r.output as number);
    expect(Math.min(...outputs)).toBeLessThan(0); // an untrained linear output leaves [0, 1]: no "P(inside)" could hold it
    expect(color.title).toBe("output (inside above 0.5)");
    const [low, high] = color.scale.domain;
    expect((low + high) / 2).toBeCloseTo(0.5, 12); // the scale's middle colour is where classOf splits the classes
    expect(low).toBeLessThanOrEqual(Math.min(...outputs));
    expect(high).toBeGreaterThanOrEqual(Math.max(...outputs));
    expect(Math.min(0.5 - low, high - 0.5)).toBeCloseTo(Math.max(...outputs.map((o) => Math.abs(o - 0.5))), 12);

    const bounded = decisionBoundary(mlp([2, 4, 1], { output: "tanh", seed: 5 }), data, { resolution: 12 });
    expect((bounded as any).layer[0].encoding.color.title).toBe("output (inside above 0.5)");
    const tanhOutputs = rowsOf(bounded).filter((r) => r.output !== undefined).map((r) => r.output as number);
    const [tanhLow, tanhHigh] = (bounded as any).layer[0].encoding.color.scale.domain;
    expect((tanhLow + tanhHigh) / 2).toBeCloseTo(0.5, 12);
    expect(tanhLow).toBeLessThanOrEqual(Math.min(...tanhOutputs));
    expect(tanhHigh).toBeGreaterThanOrEqual(Math.max(...tanhOutputs));
    expect((decisionBoundary(net, data) as any).layer[0].encoding.color).toMatchObject({ title: "P(inside)", scale: { domain: [0, 1] } });
  });

  it("decisionBoundary(net, data): hovering a cell shows the point at its centre and the network's answer there", () => {
    const binaryTip = (decisionBoundary(net, data) as any).layer[0].encoding.tooltip;
    expect(binaryTip.map((t: any) => t.field)).toEqual(["x1", "x2", "output"]);
    expect(binaryTip[2].title).toBe("P(inside)");
    const soft = mlp([2, 5, 3], { output: "softmax", seed: 1 });
    const spec = decisionBoundary(soft, multiGaussian({ n: 60, k: 3, seed: 1 }), { resolution: 10 });
    expectRenders(spec);
    expect((spec as any).layer[0].encoding.tooltip.map((t: any) => t.field)).toEqual(["x1", "x2", "class", "confidence"]);
  });

  it("decisionBoundary(net, data): the map's cells carry no ARIA label each (the points still do)", () => {
    const svg = expectRenders(decisionBoundary(net, data, { resolution: 30 }));
    const labels = svg.match(/aria-label="/g) ?? [];
    expect(labels.length).toBeGreaterThanOrEqual(data.x.length); // one per data point, plus the chart's own
    expect(labels.length).toBeLessThan(data.x.length + 30 * 30);
    expect(svg).not.toMatch(/aria-label="x1: [^"]*x1hi/);
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
