import * as vega from "vega";
import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import { activation, neuronSliders } from "../../src";
import { expectRenders } from "./check";

/** Runs the chart in Vega with the sliders set, and returns the rows it computed. */
function computed(spec: Parameters<typeof compile>[0], signals: Record<string, number>): { x?: number; z: number; a: number }[] {
  const compiled = compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  for (const [name, value] of Object.entries(signals)) view.signal(name, value);
  view.run();
  const rows = (compiled.data ?? []).map((d) => view.data(d.name) as { z: number; a: number }[]).find((r) => r.length > 0 && r[0].a !== undefined)!;
  view.finalize();
  return rows;
}

describe("neuronSliders", () => {
  it("neuronSliders() draws a = σ(w·x + b) with w and b sliders", () => {
    const spec = neuronSliders();
    expectRenders(spec);
    expect((spec as { params: { name: string }[] }).params.map((p) => p.name)).toEqual(["w", "b"]);
  });

  for (const name of ["sigmoid", "tanh", "relu", "leakyRelu", "linear"] as const) {
    it(`neuronSliders({ activation: "${name}" }) computes the same a as the engine's ${name}`, () => {
      const rows = computed(neuronSliders({ activation: name }), { w: 1.5, b: -0.5 });
      for (const r of rows.filter((_, k) => k % 20 === 0)) {
        expect(r.z).toBeCloseTo(1.5 * r.x! - 0.5, 12);
        expect(r.a).toBeCloseTo(activation(name).f(r.z), 12);
      }
    });
  }

  it("neuronSliders({ weights: [w1, w2] }) maps a over the plane with three sliders", () => {
    const spec = neuronSliders({ activation: "tanh", weights: [1, -1], bias: 0.5 });
    expectRenders(spec);
    const rows = computed(spec, { w1: 2, w2: 0.5, b: 0 });
    expect(rows).toHaveLength(900);
  });

  it("neuronSliders({ activation: 'softmax' }) refuses, listing what the browser knows", () => {
    expect(() => neuronSliders({ activation: "softmax" as never })).toThrow(/sigmoid, tanh, relu, leakyRelu, linear/);
  });
});
