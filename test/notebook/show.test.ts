import { existsSync, readFileSync, rmSync } from "fs";
import { inspect } from "util";
import { describe, expect, it } from "vitest";
import { activationPlot, explain, inKernel, mlp, MIME, save, show } from "../../src";
import { withKernel } from "./kernelStub";

const spec = activationPlot(["tanh"], { samples: 21 });

describe("show", () => {
  it("show(spec) outside a kernel returns the bundle", () => {
    expect(inKernel()).toBe(false);
    const bundle = show(spec)!;
    expect(Object.keys(bundle.data).sort()).toEqual([MIME.vegaLite, MIME.png, MIME.svg, MIME.text].sort());
  });

  it("show(spec) inside a kernel sends one display_data and returns undefined", () => {
    withKernel((sent) => {
      expect(show(spec)).toBeUndefined();
      expect(sent).toHaveLength(1);
      expect(sent[0].update).toBe(false);
      expect(Object.keys(sent[0].data).sort()).toEqual([MIME.vegaLite, MIME.png, MIME.svg, MIME.text].sort());
      expect(sent[0].metadata[MIME.png]).toBeDefined();
    });
  });

  it("show(notAChart) says what it expected", () => {
    expect(() => show(mlp([2, 1]) as never)).toThrow(/expected a chart .* got a Network/);
  });
});

describe("chart specs", () => {
  it("util.inspect(spec) is one line that says what the chart is", () => {
    expect(inspect(spec)).toBe('Vega-Lite chart "Activation functions and their derivatives" (faceted, 42 data rows)');
  });

  it("the inspect hook is hidden: JSON and Object.keys see a plain spec, with no Jupyter display on it", () => {
    expect(Object.keys(spec)).not.toContain("toString");
    expect(Object.getOwnPropertySymbols(spec).every((s) => !Object.getOwnPropertyDescriptor(spec, s)!.enumerable)).toBe(true);
    expect(Object.getOwnPropertySymbols(spec)).not.toContain(Symbol.for("Jupyter.display"));
    expect(JSON.stringify(spec)).not.toContain("Jupyter");
  });
});

describe("save", () => {
  it("save(spec, 'out/…/name') writes the PNG, the SVG and the Vega-Lite JSON", () => {
    rmSync("out/test-save", { recursive: true, force: true });
    const files = save(spec, "out/test-save/tanh");
    expect(files).toEqual(["out/test-save/tanh.png", "out/test-save/tanh.svg", "out/test-save/tanh.vl.json"]);
    expect(readFileSync(files[0]).subarray(1, 4).toString()).toBe("PNG");
    expect(readFileSync(files[1], "utf8").startsWith("<svg")).toBe(true);
    expect(JSON.parse(readFileSync(files[2], "utf8")).$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
  });

  it("save(explanation, 'x.md') writes the Markdown; save(explanation, 'x.png') refuses", () => {
    const e = explain(mlp([2, 1]).forward([1, 1]));
    expect(save(e, "out/test-save/e.md")).toEqual(["out/test-save/e.md"]);
    expect(existsSync("out/test-save/e.md")).toBe(true);
    expect(() => save(e, "out/test-save/e.png")).toThrow(/has no \.png form/);
  });
});
