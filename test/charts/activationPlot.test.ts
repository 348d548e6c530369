import { describe, expect, it } from "vitest";
import { activationPlot } from "../../src";
import { expectRenders, rowsOf } from "./check";

describe("activationPlot", () => {
  it("activationPlot() draws sigmoid, tanh and relu with their derivatives", () => {
    const spec = activationPlot();
    expectRenders(spec);
    const rows = rowsOf(spec);
    expect(new Set(rows.map((r) => r.activation))).toEqual(new Set(["sigmoid", "tanh", "relu"]));
    expect(rows.find((r) => r.activation === "sigmoid" && r.z === 0 && r.curve === "f′(z)")!.value).toBe(0.25);
    expect(rows.find((r) => r.activation === "tanh" && r.z === 0 && r.curve === "f(z)")!.value).toBe(0);
  });

  it("activationPlot(['x / (1 + abs(x))'], { range, samples }) draws a formula", () => {
    const spec = activationPlot(["x / (1 + abs(x))"], { range: [-2, 2], samples: 5 });
    expectRenders(spec);
    expect(rowsOf(spec)).toHaveLength(10);
  });

  it("activationPlot(['softmax']) refuses: softmax has no curve of its own", () => {
    expect(() => activationPlot(["softmax"])).toThrow(/acts on a whole layer/);
  });
});
