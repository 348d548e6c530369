import { describe, expect, it } from "vitest";
import { circle, liveTraining, mlp, MIME, train } from "../../src";
import { withKernel } from "./kernelStub";

const data = circle({ n: 40 });

describe("liveTraining", () => {
  it("liveTraining({ every }) updates one display in place, throttled by time", () => {
    withKernel((sent) => {
      let t = 0;
      const live = liveTraining({ epochs: 30, every: 100, now: () => (t += 30) });
      train(mlp([2, 3, 1], { output: "sigmoid" }), data, { epochs: 30, onEpoch: live.onEpoch });
      live.done();
      // 30 epochs, 30 ms apart, at most one update per 100 ms: 8 updates, then the final picture.
      expect(sent.length).toBe(9);
      expect(new Set(sent.map((s) => s.transient.display_id))).toEqual(new Set([live.id]));
      expect(sent[0].update).toBe(false);
      expect(sent.slice(1).every((s) => s.update)).toBe(true);
      expect(Object.keys(sent[1].data).sort()).toEqual([MIME.vegaLite, MIME.text].sort());
      expect(Object.keys(sent[8].data).sort()).toEqual([MIME.vegaLite, MIME.png, MIME.svg, MIME.text].sort());
      expect(sent[8].data[MIME.text]).toMatch(/^done: epoch 30\/30 · trainLoss [\d.]+ · trainAccuracy/);
    });
  });

  it("liveTraining() outside a kernel sends nothing and done() returns the bundle", () => {
    const live = liveTraining({ epochs: 5 });
    train(mlp([2, 3, 1], { output: "sigmoid" }), data, { epochs: 5, onEpoch: live.onEpoch });
    expect(live.sent).toBe(0);
    const bundle = live.done()!;
    expect(bundle.data[MIME.text]).toMatch(/^done: epoch 5\/5/);
    expect(live.summary()).toMatch(/^LiveTraining \{ done: epoch 5\/5/);
  });

  it("live.history.bestEpoch is History's bestEpoch, also when epoch 0 is unmeasured (evaluate: false)", () => {
    const history = train(mlp([2, 3, 1], { output: "sigmoid" }), data, { epochs: 8, evaluate: false });
    const live = liveTraining({ epochs: 8 });
    for (const record of history.epochs) live.update(record);
    expect(Number.isNaN(history.epochs[0].trainLoss)).toBe(true);
    expect(live.history.bestEpoch).toBe(history.bestEpoch);
    expect(history.bestEpoch).toBeGreaterThan(0);
  });
});
