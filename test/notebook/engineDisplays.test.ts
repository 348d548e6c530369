import { inspect } from "util";
import { describe, expect, it } from "vitest";
import { circle, mlp, MIME, show, train } from "../../src";

const display = (x: object) => (x as Record<symbol, () => Record<string, unknown>>)[Symbol.for("Jupyter.display")]();
const net = mlp([2, 2, 1], { output: "sigmoid", seed: 1 });
const trace = net.forward([1, 2]);

describe("engine displays", () => {
  it("trace[Symbol.for('Jupyter.display')]() tables every layer's z and a", () => {
    const data = display(trace);
    expect(Object.keys(data).sort()).toEqual([MIME.markdown, MIME.text].sort());
    expect(data[MIME.markdown]).toContain("| neuron | z | a |");
  });

  it("grads[Symbol.for('Jupyter.display')]() tables da, dz and db, with the engine's own text", () => {
    const grads = net.backward(trace, [1]);
    const data = display(grads);
    expect(data[MIME.markdown]).toContain("| neuron | da | dz | db |");
    expect(data[MIME.text]).toBe(inspect(grads));
  });

  it("history[Symbol.for('Jupyter.display')]() is the loss curve, with the engine's summary as text", () => {
    const history = train(mlp([2, 2, 1], { output: "sigmoid" }), circle({ n: 20 }), { epochs: 3 });
    const data = display(history);
    expect(Object.keys(data).sort()).toEqual([MIME.vegaLite, MIME.png, MIME.svg, MIME.text].sort());
    expect(data[MIME.text]).toBe(inspect(history));
  });

  it("show(trace) returns the trace's bundle outside a kernel", () => {
    expect(show(trace)!.data[MIME.markdown]).toContain("Layer 0: tanh");
  });
});
