import { describe, expect, it } from "vitest";
import { activationPlot, explain, liveTraining, mlp, render, save, send, show } from "../../src";
import { messages } from "../../src/notebook/messages";
import { withKernel } from "./kernelStub";

const trace = mlp([2, 1], { seed: 1 }).forward([1, 2]);
const spec = activationPlot(["relu"], { samples: 3 });

describe("src/notebook messages", () => {
  it("messages.option(call, name, expected, value) is the engine's wording", () => {
    expect(messages.option("liveTraining({ every })", "every", "a number ≥ 0", -1)).toBe("liveTraining({ every }): every must be a number ≥ 0, got -1.");
    expect(messages.option("f({ x })", "x", "a number", "a")).toBe('f({ x }): x must be a number, got "a".');
  });

  it("render(spec, { scale }) refuses a scale that is not above 0 (resvg would fail with its own words)", () => {
    for (const scale of [0, -1, NaN]) expect(() => render(spec, { scale })).toThrow(`render(spec, { scale }): scale must be a number above 0, got ${scale}.`);
  });

  it("explain(trace, { digits }) refuses digits outside 1 to 100", () => {
    expect(() => explain(trace, { digits: 0 })).toThrow("explain(trace, { digits }): digits must be an integer from 1 to 100, got 0.");
    expect(explain(trace, { digits: 2 }).text).toContain("z");
  });

  it("liveTraining({ epochs, every }) refuses a non-positive epoch count and a negative interval", () => {
    expect(() => liveTraining({ epochs: 0 })).toThrow("liveTraining({ epochs }): epochs must be a positive integer, got 0.");
    expect(() => liveTraining({ every: -5 })).toThrow("liveTraining({ every }): every must be a number of milliseconds ≥ 0, got -5.");
    expect(liveTraining({ epochs: 3, every: 0 }).progress()).toBe("training: no epoch yet");
  });

  it("show(x), send(…, { update }) and save(x, path) say what they expected", () => {
    expect(() => show(mlp([2, 1]) as never)).toThrow(/^show\(x\): expected a chart .* got a Network\.$/);
    expect(() => show({ a: 1 } as never)).toThrow(/got an object with keys a\.$/);
    withKernel(() => expect(() => send({ data: {}, metadata: {} }, { update: true })).toThrow("send(bundle, { update: true }) needs the id of the display to update."));
    expect(() => save(explain(trace), "out/test-messages/e.svg")).toThrow('save(x, "out/test-messages/e.svg"): this explanation has no .svg form; use one of .md.');
  });
});
