import { describe, expect, it } from "vitest";
import { mlp, networkDiagram } from "../../src";
import { expectRenders, rowsOf } from "./check";

const net = mlp([2, 3, 1], { output: "sigmoid", init: { weights: [[[0.5, -0.25], [1, 0], [-1, 2]], [[0.3, -0.6, 0.9]]], biases: [[0.1, 0, -0.2], [0.05]] } });
const trace = net.forward([1, 2]);
const grads = net.backward(trace, [1]);

describe("networkDiagram", () => {
  it("networkDiagram(net) draws every neuron and every edge", () => {
    const spec = networkDiagram(net);
    expectRenders(spec);
    const rows = rowsOf(spec);
    expect(rows.filter((r) => r.edge !== undefined)).toHaveLength(9);
    expect(rows.filter((r) => r.name !== undefined)).toHaveLength(6);
  });

  it("networkDiagram(net, { trace, grads }) puts z, a, dz, weight and dw in the tooltips", () => {
    const spec = networkDiagram(net, { trace, grads });
    const svg = expectRenders(spec);
    const rows = rowsOf(spec);
    const n = rows.find((r) => r.name === "layer 0, neuron 0")!;
    expect(n.z).toBeCloseTo(0.5 * 1 - 0.25 * 2 + 0.1, 12);
    expect(n.a).toBeCloseTo(Math.tanh(0.1), 6);
    expect(n.dz).toBeCloseTo(grads.layers[0].dz[0], 6);
    const e = rows.find((r) => r.edge === "x2 → neuron 0 of layer 0")!;
    expect(e.weight).toBe(-0.25);
    expect(e.dw).toBeCloseTo(grads.layers[0].dw[0][1], 6);
    expect(JSON.stringify(spec)).toContain('"field":"dz"');
    expect(svg).toContain("layer 0");
  });

  it("networkDiagram(net, { grads, show: 'gradients' }) colours edges by dw", () => {
    const spec = networkDiagram(net, { trace, grads, show: "gradients" });
    expectRenders(spec);
    const e = rowsOf(spec).find((r) => r.edge !== undefined)!;
    expect(e.value).toBe(e.dw);
  });

  it("networkDiagram(net, { trace }) marks neurons dropout switched off", () => {
    const big = mlp([2, 8, 1], { seed: 1 });
    const spec = networkDiagram(big, { trace: big.forward([1, 1], { dropout: 0.5, seed: 3 }) });
    expectRenders(spec);
    expect(rowsOf(spec).some((r) => r.dropped === true)).toBe(true);
  });

  it("networkDiagram(huge) refuses, naming the limit", () => {
    expect(() => networkDiagram(mlp([2, 100, 1]))).toThrow(/100 neurons in layer 0 is more than the limit of 32/);
  });

  it("networkDiagram(wide net) shrinks its circles so neighbours never overlap", () => {
    const wide = mlp([4, 32, 32, 2], { seed: 1 });
    for (const height of [240, 300, 600]) {
      const spec = networkDiagram(wide, { height }) as unknown as { layer: { mark: { type: string; size?: number } }[] };
      const area = spec.layer.find((l) => l.mark.type === "circle")!.mark.size!;
      const diameter = 2 * Math.sqrt(area / Math.PI);
      const spacing = height / 32; // 32 neurons in a column of this height, at the least
      expect(diameter).toBeLessThan(spacing);
    }
  });
});
