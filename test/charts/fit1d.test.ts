import { describe, expect, it } from "vitest";
import { curve1d, fit1d, mlp, train } from "../../src";
import { expectRenders, rowsOf } from "./check";
import { renderSvg } from "../../src/notebook/render";

const data = curve1d({ n: 20, seed: 2 });
const line = mlp([1, 1], { seed: 1 });
const mid = mlp([1, 8, 1], { seed: 1 });
train(line, data, { epochs: 50, optimizer: "adam", learningRate: 0.05 });
train(mid, data, { epochs: 200, optimizer: "adam", learningRate: 0.02 });

describe("fit1d", () => {
  it("fit1d(net, data) draws data, prediction and the data set's true curve", () => {
    const spec = fit1d(mid, data, { samples: 50 });
    expectRenders(spec);
    const rows = rowsOf(spec);
    expect(rows.filter((r) => r.kind === "data")).toHaveLength(20);
    expect(rows.filter((r) => r.kind === "prediction")).toHaveLength(50);
    const t = rows.find((r) => r.kind === "true curve")!;
    expect(t.y).toBeCloseTo(Math.sin(t.x as number), 6);
    const p = rows.find((r) => r.kind === "prediction")!;
    expect(p.y).toBeCloseTo(mid.predict([p.x as number])[0], 6);
  });

  it("fit1d(neuron, point, { labels }) names the axes and the legend as the lesson does (a, not y)", () => {
    const neuron = mlp([1, 1], { output: "sigmoid", init: { weights: [[[2]]], biases: [[-1]] } });
    const spec = fit1d(neuron, { x: [[0]], y: [[0.5]] }, { labels: { y: "a", prediction: "a = σ(w·x + b)", data: "reference point" }, samples: 5 }) as any;
    expectRenders(spec);
    const [line, dots] = spec.spec.layer;
    expect(line.encoding.y.title).toBe("a");
    expect(line.encoding.color.scale.domain).toEqual(["reference point", "a = σ(w·x + b)"]);
    expect(rowsOf(spec).filter((r) => r.kind === "a = σ(w·x + b)")).toHaveLength(5);
    expect(rowsOf(spec).filter((r) => r.kind === "reference point")).toHaveLength(1);
    expect(dots.transform[0].filter).toEqual({ field: "kind", equal: "reference point" });
  });

  it("fit1d(four models) wraps its panels so the chart fits a notebook's output column (≤ 820 px)", () => {
    const four = { a: line, b: mid, c: line, d: mid };
    for (const width of [170, 220, 260]) expect(renderSvg(fit1d(four, data, { width, samples: 20 })).width).toBeLessThanOrEqual(820);
    expect((fit1d(four, data, { columns: 4 }) as { columns?: number }).columns).toBe(4);
  });

  it("fit1d({ underfit, fit }, data) draws the models side by side", () => {
    const spec = fit1d({ "underfit: a line": line, "8 tanh neurons": mid }, data);
    expectRenders(spec);
    expect(new Set(rowsOf(spec).map((r) => r.model))).toEqual(new Set(["underfit: a line", "8 tanh neurons"]));
  });

  it("fit1d(net2d, data) refuses: it needs 1 input", () => {
    expect(() => fit1d(mlp([2, 1]), data)).toThrow(/exactly 1 input/);
  });
});
