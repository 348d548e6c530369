import { inspect } from "util";
import { describe, expect, it } from "vitest";
import { explain, mlp, MIME, show } from "../../src";

const net = mlp([2, 2, 1], {
  output: "sigmoid",
  init: { weights: [[[0.5, -0.25], [1, 0.5]], [[0.75, -1]]], biases: [[0.1, 0], [0.2]] },
});
const trace = net.forward([1, 2]);
const grads = net.backward(trace, [1], "bce");

describe("explain", () => {
  it("explain(trace, { layer: 0, neuron: 0 }) writes z = Σ w·x + b out with the actual numbers", () => {
    const e = explain(trace, { layer: 0, neuron: 0 });
    expect(e.text).toContain("z = Σ wᵢ·xᵢ + b = 0.5·1 + (−0.25)·2 + 0.1 = 0.1");
    expect(e.text).toContain(`a = tanh(z) = tanh(0.1) = ${+Math.tanh(0.1).toPrecision(4)}`);
    expect(e.markdown).toContain("$$z = \\sum_i w_i\\,x_i + b = 0.5 \\cdot 1 + (-0.25) \\cdot 2 + 0.1 = 0.1$$");
  });

  it("explain(trace, { layer, neuron, grads }) writes the backward pass: dz = da·f′(z), dw = dz·x, db = dz", () => {
    const e = explain(trace, { layer: 1, neuron: 0, grads });
    const g = grads.neuron(1, 0);
    const n = (v: number) => (+v.toPrecision(4)).toString().replace("-", "−");
    expect(e.text).toContain(`dz = da·σ′(z) = `);
    expect(e.text).toContain(`= ${n(g.dz)}`);
    expect(e.text).toContain(`dw1 = `);
    expect(e.text).toContain(`= ${n(g.dw[0])}`);
    expect(e.text).toContain(`db = dz = ${n(g.db)}`);
    // For sigmoid with bce, dz = a − y.
    expect(g.dz).toBeCloseTo(trace.output[0] - 1, 12);
  });

  it("explain(trace, { layer: 0, grads }) tables every neuron's z, a and dz", () => {
    const e = explain(trace, { layer: 0, grads });
    expect(e.markdown).toContain("| neuron | z | a | dz |");
    expect(e.markdown).toContain(`| 1 | 2 | ${+Math.tanh(2).toPrecision(4)} | ${+grads.layers[0].dz[1].toPrecision(4)} |`.replace(/-/g, "−"));
  });

  it("explain(trace) tables every layer", () => {
    const e = explain(trace);
    expect(e.markdown).toContain("Layer 0: tanh");
    expect(e.markdown).toContain("Output layer (layer 1): sigmoid");
  });

  it("explain(droppedTrace, …) says which neurons dropout switched off", () => {
    const big = mlp([2, 6, 1], { seed: 2 });
    const t = big.forward([1, 1], { dropout: 0.5, seed: 4 });
    const j = t.layers[0].mask!.indexOf(0);
    expect(explain(t, { layer: 0, neuron: j }).text).toContain("dropped by dropout");
    expect(explain(t, { layer: 0 }).markdown).toContain("dropped");
  });

  it("explain(…) has a Markdown bundle with text/plain, its Jupyter.display and util.inspect summary", () => {
    const e = explain(trace, { layer: 0, neuron: 0 });
    const bundle = show(e)!;
    expect(Object.keys(bundle.data).sort()).toEqual([MIME.markdown, MIME.text].sort());
    const display = (e as unknown as Record<symbol, () => Record<string, unknown>>)[Symbol.for("Jupyter.display")]();
    expect(display[MIME.markdown]).toBe(e.markdown);
    expect(inspect(e)).toBe(e.text);
  });

  it("explain(trace, { neuron: 0 }) asks for the layer", () => {
    expect(() => explain(trace, { neuron: 0 })).toThrow(/say which layer/);
  });
});
