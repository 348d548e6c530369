import { describe, expect, it } from "vitest";
import { colors, layerProfile, mlp, random } from "../../src";
import { expectRenders, rowsOf } from "./check";

/** RMS of each layer's ∂L/∂w of a deep net on a fixed batch. */
function gradientSizes(hidden: "sigmoid" | "relu", depth: number): number[] {
  const rng = random(5);
  const x = Array.from({ length: 32 }, () => Array.from({ length: 8 }, () => rng.normal()));
  const y = x.map((row) => [row[0]]);
  const net = mlp([8, ...new Array(depth).fill(8), 1], { hidden, seed: 1 });
  const grads = net.backward(net.forward(x), y, "mse");
  return grads.layers.map((g) => Math.sqrt(g.dw.flat().reduce((s, v) => s + v * v, 0) / g.dw.flat().length));
}

describe("layerProfile", () => {
  const runs = { "sigmoid, 6 hidden layers": gradientSizes("sigmoid", 6), "ReLU, 6 hidden layers": gradientSizes("relu", 6), "sigmoid, 2 hidden layers": gradientSizes("sigmoid", 2) };

  it("draws every run's value at every layer, exactly one point each, on a log y scale", () => {
    const spec = layerProfile(runs, { quantity: "RMS of ∂L/∂w", title: "Gradient size per layer" });
    expectRenders(spec);
    const rows = rowsOf(spec);
    expect(rows).toHaveLength(7 + 7 + 3);
    for (const [name, values] of Object.entries(runs)) {
      const mine = rows.filter((r) => r.run === name).sort((a, b) => (a.layer as number) - (b.layer as number));
      expect(mine.map((r) => r.layer)).toEqual(values.map((_, l) => l));
      mine.forEach((r, l) => expect(Math.abs((r.value as number) / values[l] - 1)).toBeLessThan(1e-5)); // 6 significant digits
    }
    const layers = (spec as unknown as { layer: { encoding: { y: { scale: { type?: string }; title: string }; x: { title: string; axis: { values: number[] } } } }[] }).layer;
    for (const part of layers) {
      expect(part.encoding.y.scale.type).toBe("log");
      expect(part.encoding.y.title).toBe("RMS of ∂L/∂w");
      expect(part.encoding.x.title).toMatch(/layer/);
      expect(part.encoding.x.axis.values).toEqual([0, 1, 2, 3, 4, 5, 6]);
    }
  });

  it("puts the log axis's ticks at powers of ten around the data (and 2 and 5 times them over a short span)", () => {
    const axis = (spec: unknown) => (spec as { layer: { encoding: { y: { scale: { domain: number[] }; axis: { values: number[] } } } }[] }).layer[0].encoding.y;
    const wide = axis(layerProfile({ a: [3e-7, 2e-3, 0.6] }));
    expect(wide.scale.domain).toEqual([1e-7, 1]);
    expect(wide.axis.values).toEqual([1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1]);
    const narrow = axis(layerProfile({ a: [0.26, 4.6] }));
    expect(narrow.scale.domain).toEqual([0.1, 10]);
    expect(narrow.axis.values).toEqual([0.1, 0.2, 0.5, 1, 2, 5, 10]);
    expect(axis(layerProfile({ a: [1, 1] })).scale.domain).toEqual([1, 10]);
    for (const spec of [layerProfile({ a: [3e-7, 2e-3, 0.6] }), layerProfile({ a: [0.26, 4.6] })]) {
      const values = rowsOf(spec).map((r) => r.value as number);
      const [low, high] = axis(spec).scale.domain;
      expect(Math.min(...values)).toBeGreaterThanOrEqual(low);
      expect(Math.max(...values)).toBeLessThanOrEqual(high);
      expectRenders(spec);
    }
  });

  it("gives every run its own colour and shape, never the training or validation colour", () => {
    const spec = layerProfile(runs) as unknown as { layer: { encoding: { color: { scale: { range: string[] } }; shape?: { scale: { domain: string[] } } } }[] };
    const range = spec.layer[0].encoding.color.scale.range;
    expect(new Set(range).size).toBe(3);
    expect(range).not.toContain(colors.train);
    expect(range).not.toContain(colors.validation);
    expect(spec.layer[1].encoding.shape!.scale.domain).toEqual(Object.keys(runs));
  });

  it("keeps one run's colour when runs are added after it", () => {
    const colourOf = (spec: unknown, name: string) => {
      const c = (spec as { layer: { encoding: { color: { scale: { domain: string[]; range: string[] } } } }[] }).layer[0].encoding.color.scale;
      return c.range[c.domain.indexOf(name)];
    };
    const one = layerProfile({ "sigmoid, 6 hidden layers": runs["sigmoid, 6 hidden layers"] });
    expect(colourOf(layerProfile(runs), "sigmoid, 6 hidden layers")).toBe(colourOf(one, "sigmoid, 6 hidden layers"));
  });

  it("refuses what a log scale cannot show, and empty or non-finite input, with a message naming the run and layer", () => {
    expect(() => layerProfile({ dead: [0.1, 0, 0.3] })).toThrow(/"dead" has 0 at layer 1.*log scale/);
    expect(() => layerProfile({ a: [1, NaN] })).toThrow(/"a" has NaN at layer 1/);
    expect(() => layerProfile({ a: [] })).toThrow(/no values/);
    expect(() => layerProfile({})).toThrow(/nothing to draw/);
    expectRenders(layerProfile({ dead: [0.1, 0, 0.3] }, { scale: "linear" }));
  });
});
