import * as vega from "vega";
import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import { boundaryFrame, circle, decisionBoundary, epochScrubber, mlp, train, type BoundaryFrame } from "../../src";
import { expectRenders } from "./check";

const data = circle({ n: 60, seed: 2 });
const net = mlp([2, 5, 1], { output: "sigmoid", seed: 1 });
const extent = [[-6, 6], [-6, 6]] as const;
const frames: BoundaryFrame[] = [boundaryFrame(net, 0, { extent, resolution: 12 })];
const history = train(net, data, {
  epochs: 20, optimizer: "adam", learningRate: 0.05,
  onEpoch: (r, n) => { if (r.epoch % 5 === 0) frames.push(boundaryFrame(n, r.epoch, { extent, resolution: 12 })); },
});

/** The cells the map shows when the slider is at `epoch` (runs the compiled spec in Vega). */
function shownAt(spec: Parameters<typeof compile>[0], epoch: number): number[] {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  view.signal("epoch", epoch).run();
  const names = (compile(spec).spec.data ?? []).map((d) => d.name);
  const shown = names.map((name) => view.data(name) as { epoch?: number; output?: number }[]).find((rows) => rows.length > 0 && rows.length < 200 && rows[0].output !== undefined)!;
  view.finalize();
  return [...new Set(shown.map((r) => r.epoch!))];
}

describe("epochScrubber", () => {
  it("epochScrubber(history, frames, { data }) binds an epoch slider to the loss curve and the map", () => {
    const spec = epochScrubber(history, frames, { data });
    expectRenders(spec);
    expect(JSON.stringify(spec)).toContain('"input":"range"');
  });

  it("epochScrubber(history, frames) shows the frame recorded at or before the slider's epoch", () => {
    const spec = epochScrubber(history, frames);
    expect(shownAt(spec, 7)).toEqual([5]);
    expect(shownAt(spec, 20)).toEqual([20]);
    expect(shownAt(spec, 0)).toEqual([0]);
  });

  it("draws the data as decisionBoundary does: class by shape and dark fill (never the map's own colours), set by outline", () => {
    const spec = epochScrubber(history, frames, { data: { train: data, validation: circle({ n: 20, seed: 3 }) } }) as any;
    expectRenders(spec);
    const dots = spec.hconcat[1].layer[1];
    expect(dots.encoding.shape.field).toBe("class");
    expect(dots.encoding.stroke.field).toBe("set");
    const boundaryDots = (decisionBoundary(net, { train: data, validation: circle({ n: 20, seed: 3 }) }) as any).layer[1];
    expect(dots.encoding.fill.scale).toEqual(boundaryDots.encoding.fill.scale);
    expect(dots.encoding.shape.scale).toEqual(boundaryDots.encoding.shape.scale);
    expect(dots.encoding.stroke.scale.domain).toEqual(["training", "validation"]);
  });

  it("epochScrubber(history, []) refuses", () => {
    expect(() => epochScrubber(history, [])).toThrow(/at least one frame/);
  });
});
