import { inspect } from "util";
import { describe, expect, it } from "vitest";
import { activationPlot, circle, Grads, History, mlp, MIME, show, train, Trace } from "../../src";
import { displayOf, JUPYTER_DISPLAY, type MimeData } from "../../src/jupyter/display";

const display = (x: object) => displayOf(x)!() as MimeData;
const net = mlp([2, 2, 1], { output: "sigmoid", seed: 1 });
const trace = net.forward([1, 2]);

describe("registerDisplays()", () => {
  it("displayOf(trace)() tables every layer's z and a", () => {
    const data = display(trace);
    expect(Object.keys(data).sort()).toEqual([MIME.markdown, MIME.text].sort());
    expect(data[MIME.markdown]).toContain("| neuron | z | a |");
  });

  it("displayOf(grads)() tables da, dz and db, with the engine's own text", () => {
    const grads = net.backward(trace, [1]);
    const data = display(grads);
    expect(data[MIME.markdown]).toContain("| neuron | da | dz | db |");
    expect(data[MIME.text]).toBe(inspect(grads));
  });

  it("displayOf(history)() is the loss curve, with the engine's summary as text", () => {
    const history = train(mlp([2, 2, 1], { output: "sigmoid" }), circle({ n: 20 }), { epochs: 3 });
    const data = display(history);
    expect(Object.keys(data).sort()).toEqual([MIME.vegaLite, MIME.png, MIME.svg, MIME.text].sort());
    expect(data[MIME.text]).toBe(inspect(history));
  });

  it("displayOf(new History())() is the engine's text alone before any epoch", () => {
    const empty = new History("mse", false);
    expect(display(empty)).toEqual({ [MIME.text]: inspect(empty) });
  });

  it("displayOf(spec)() is the full chart bundle with a 1× PNG", () => {
    const data = display(activationPlot(["tanh"], { samples: 5 }));
    expect(Object.keys(data).sort()).toEqual([MIME.vegaLite, MIME.png, MIME.svg, MIME.text].sort());
    expect(data[MIME.svg]).not.toContain("<?xml");
  });

  it("show(trace) returns the trace's bundle outside a kernel", () => {
    expect(show(trace)!.data[MIME.markdown]).toContain("Layer 0: tanh");
  });

  it("leaves the engine's classes untouched: no display method on Trace, Grads or History", () => {
    for (const type of [Trace, Grads, History]) expect(Object.getOwnPropertySymbols(type.prototype)).not.toContain(JUPYTER_DISPLAY);
    expect(Object.getOwnPropertySymbols(trace)).not.toContain(JUPYTER_DISPLAY);
  });
});
