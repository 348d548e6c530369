import { describe, expect, it } from "vitest";
import { circle, dropoutView, mlp, thinned } from "../../src";
import { expectRenders, rowsOf } from "./check";
import { renderSvg } from "../../src/notebook/render";

const net = mlp([2, 8, 1], { output: "sigmoid", seed: 5 });
const data = circle({ n: 40, seed: 1 });

describe("dropoutView", () => {
  it("thinned(net, trace) is the network dropout trained at that step", () => {
    const x = [0.3, -0.7];
    const trace = net.forward(x, { dropout: 0.5, seed: 9 });
    expect(thinned(net, trace).predict(x)[0]).toBeCloseTo(trace.output[0], 12);
    expect(trace.layers[0].mask!.some((m) => m === 0)).toBe(true);
  });

  it("dropoutView(net, data, { dropout, seed }) shows the dropped neurons, the thinned map and the full map", () => {
    const spec = dropoutView(net, data, { dropout: 0.5, seed: 2, resolution: 20 });
    const svg = expectRenders(spec);
    const [diagram, maps] = (spec as { vconcat: { hconcat?: unknown[] }[] }).vconcat;
    expect(diagram).toBeDefined();
    expect(maps.hconcat).toHaveLength(2);
    expect(rowsOf(spec).some((r) => r.dropped === true)).toBe(true);
    expect(svg).toContain("Training mode");
    expect(svg).toContain("Evaluation mode");
    // fits a notebook's output column (about 840 px in JupyterLab with the file browser open)
    expect(renderSvg(spec).width).toBeLessThanOrEqual(820);
  });

  it("dropoutView(net, data) draws no edge out of a dropped neuron, and says which network it shows", () => {
    const deep = mlp([2, 8, 8, 1], { output: "sigmoid", seed: 5 });
    const spec = dropoutView(deep, data, { dropout: 0.5, seed: 12, resolution: 10 });
    const trace = deep.forward(data.x[0], { dropout: 0.5, seed: 12 });
    const rows = rowsOf(spec);
    const edges = rows.filter((r) => typeof r.edge === "string");
    for (const l of [0, 1]) {
      const mask = trace.layers[l].mask!;
      const dropped = mask.flatMap((m, i) => (m === 0 ? [i] : []));
      expect(dropped.length).toBeGreaterThan(0);
      for (const i of dropped) expect(edges.filter((e) => e.column === l + 1 && String(e.edge).startsWith(`neuron ${i} →`))).toEqual([]);
      // kept neurons still send to every neuron of the next layer
      const kept = mask.findIndex((m) => m !== 0);
      expect(edges.filter((e) => e.column === l + 1 && String(e.edge).startsWith(`neuron ${kept} →`))).toHaveLength(deep.layers[l + 1].size);
    }
    expect((spec as { title: string }).title).toBe("Dropout p = 0.5 in the network [2, 8, 8, 1]: one training step (seed 12)");
  });

  it("dropoutView(net, data, { dropout: 0 }) refuses: there is nothing dropped", () => {
    expect(() => dropoutView(net, data, { dropout: 0 })).toThrow(/dropout must be a rate above 0/);
  });
});
