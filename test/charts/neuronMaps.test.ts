import { describe, expect, it } from "vitest";
import { circle, mlp, neuronMaps } from "../../src";
import { expectRenders, rowsOf } from "./check";

const net = mlp([2, 5, 3, 1], { output: "sigmoid", seed: 4 });

describe("neuronMaps", () => {
  it("neuronMaps(net, data) draws one map per neuron of layer 0 with each neuron's a", () => {
    const spec = neuronMaps(net, circle({ n: 30 }));
    expectRenders(spec);
    const rows = rowsOf(spec);
    expect(rows).toHaveLength(5 * 25 * 25);
    const r = rows.find((row) => row.j === 3)!;
    expect(r.a).toBeCloseTo(net.forward([r.x1 as number, r.x2 as number]).layers[0].a[3], 3);
  });

  it("neuronMaps(net, undefined, { layer: 1, resolution: 10 }) maps the second hidden layer", () => {
    const spec = neuronMaps(net, undefined, { layer: 1, resolution: 10 });
    expectRenders(spec);
    expect(new Set(rowsOf(spec).map((r) => r.neuron))).toEqual(new Set(["neuron 0", "neuron 1", "neuron 2"]));
  });

  it("neuronMaps(net, data, { layer: 7 }) refuses, naming the layers", () => {
    expect(() => neuronMaps(net, undefined, { layer: 7 })).toThrow(/layer 7 does not exist/);
  });

  it("neuronMaps(wide, data) refuses more map cells than the row limit", () => {
    expect(() => neuronMaps(mlp([2, 64, 1]), undefined, { resolution: 50 })).toThrow(/160000 map cells is more than the limit of 30000/);
  });
});
