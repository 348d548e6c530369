import { readFileSync } from "fs";
import { afterEach, describe, expect, it } from "vitest";
import {
  displayOf, installKernelSink, instanceOf, JUPYTER_DISPLAY, KERNEL_SINK, kernelSink, MIME, registerDisplay, type KernelSink,
} from "../../src/jupyter/display";

const g = globalThis as Record<symbol, unknown>;

describe("kernel sink", () => {
  afterEach(() => {
    delete g[KERNEL_SINK];
  });

  it("kernelSink() is undefined outside the kernel", () => {
    expect(kernelSink()).toBeUndefined();
  });

  it("installKernelSink(sink) puts it on globalThis[Symbol.for('nnlab.kernel')], where kernelSink() finds it", () => {
    const sink: KernelSink = { display: () => {}, clearOutput: () => {}, page: () => {} };
    installKernelSink(sink);
    expect(g[Symbol.for("nnlab.kernel")]).toBe(sink);
    expect(kernelSink()).toBe(sink);
  });

  it("kernelSink() ignores a global without a display method", () => {
    g[KERNEL_SINK] = { page() {} };
    expect(kernelSink()).toBeUndefined();
  });
});

describe("display registry", () => {
  class Point {
    constructor(readonly x: number) {}
  }
  class Shown {
    [JUPYTER_DISPLAY]() {
      return { [MIME.text]: "own" };
    }
  }
  registerDisplay(instanceOf(Point), (p) => ({ [MIME.text]: `point ${p.x}` }));
  registerDisplay(instanceOf(Shown), () => ({ [MIME.text]: "registered" }));

  it("displayOf(value) is the registered display for its type", () => {
    expect(displayOf(new Point(3))!()).toEqual({ [MIME.text]: "point 3" });
  });

  it("displayOf(value) prefers the value's own [Symbol.for('Jupyter.display')] method", () => {
    expect(displayOf(new Shown())!()).toEqual({ [MIME.text]: "own" });
    expect(displayOf({ [Symbol.for("Jupyter.display")]: () => null })!()).toBeNull();
  });

  it("displayOf(value) is undefined for values nobody can show", () => {
    for (const value of [1, "a", null, undefined, {}, [1, 2]]) expect(displayOf(value)).toBeUndefined();
  });

  it("registerDisplay(matches, display): the newest registration that matches wins", () => {
    class Later extends Point {}
    registerDisplay(instanceOf(Later), () => ({ [MIME.text]: "later" }));
    expect(displayOf(new Later(1))!()).toEqual({ [MIME.text]: "later" });
    expect(displayOf(new Point(1))!()).toEqual({ [MIME.text]: "point 1" });
  });

  it("lives on globalThis, so a second copy of the library registers with the same kernel", () => {
    expect(Array.isArray(g[Symbol.for("nnlab.displays")])).toBe(true);
  });
});

describe("src/jupyter/display.ts", () => {
  it("imports nothing (no Node-only API: it may run in a browser worker)", () => {
    const source = readFileSync("src/jupyter/display.ts", "utf8");
    expect(source).not.toMatch(/^\s*import\b|\brequire\(|\bprocess\.|\bBuffer\b/m);
  });
});
