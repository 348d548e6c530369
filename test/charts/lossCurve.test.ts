import { describe, expect, it } from "vitest";
import { circle, lossCurve, mlp, split, train } from "../../src";
import { expectRenders, rowsOf } from "./check";

const data = circle({ n: 80, seed: 2 });
const { train: trainSet, test: validation } = split(data, 0.75);
const run = (learningRate: number) =>
  train(mlp([2, 4, 1], { output: "sigmoid", seed: 1 }), trainSet, { epochs: 15, learningRate, validation, optimizer: "adam" });
const history = run(0.05);

describe("lossCurve", () => {
  it("lossCurve(history) draws train and validation with the best epoch marked", () => {
    const spec = lossCurve(history);
    const svg = expectRenders(spec);
    const rows = rowsOf(spec);
    expect(rows.filter((r) => r.set === "train")).toHaveLength(16);
    expect(rows.filter((r) => r.set === "validation")).toHaveLength(16);
    const best = rows.find((r) => r.label !== undefined)!;
    expect(best.epoch).toBe(history.bestEpoch);
    expect(best.loss).toBe(history.best.valLoss);
    expect(svg).toContain(`best epoch ${history.bestEpoch}`);
  });

  it("lossCurve(history) keeps exact values for the tooltips", () => {
    const rows = rowsOf(lossCurve(history));
    const epoch3 = rows.find((r) => r.set === "train" && r.epoch === 3)!;
    expect(epoch3.loss).toBeCloseTo(history.epochs[3].trainLoss, 12);
  });

  it("lossCurve({ a, b }, { scale: 'log' }) overlays runs, coloured by run, dashed for validation", () => {
    const spec = lossCurve({ "η = 0.05": history, "η = 0.2": run(0.2) }, { scale: "log" });
    expectRenders(spec);
    const runs = new Set(rowsOf(spec).map((r) => r.run));
    expect(runs).toEqual(new Set(["η = 0.05", "η = 0.2"]));
    expect(JSON.stringify(spec)).toContain('"strokeDash"');
  });

  it("lossCurve(runs with one diverging) keeps the good runs readable: the axis stops at 3× the starting loss, the diverging run is marked where it leaves", () => {
    const epochs = (values: number[]) => ({ epochs: values.map((trainLoss, epoch) => ({ epoch, trainLoss })) as any, bestEpoch: 0 });
    const runs = { good: epochs([1, 0.5, 0.3, 0.2]), slow: epochs([1.2, 1, 0.9, 0.8]), "η = 0.4": epochs([1, 3, 50, 9000]) };
    for (const scale of ["linear", "log"] as const) {
      const spec = lossCurve(runs, { scale, best: false }) as any;
      expectRenders(spec);
      const domain = spec.layer[0].encoding.y.scale.domain;
      expect(domain[1]).toBeCloseTo(3 * 1.2, 12);
      const label = rowsOf(spec).find((r) => typeof r.label === "string")!;
      expect(label).toMatchObject({ run: "η = 0.4", epoch: 1, label: "↑ η = 0.4 leaves the chart (up to 9000)" });
      expect(spec.layer[0].mark.clip).toBe(true);
    }
    // Nothing diverges: no fixed domain, nothing clipped. clip: false shows everything.
    expect((lossCurve({ good: runs.good, slow: runs.slow }) as any).layer[0].encoding.y.scale.domain).toBeUndefined();
    expect((lossCurve(runs, { clip: false }) as any).layer[0].encoding.y.scale.domain).toBeUndefined();
  });

  it("lossCurve(history, { metric: 'accuracy' }) draws accuracy", () => {
    const spec = lossCurve(history, { metric: "accuracy" });
    expectRenders(spec);
    expect(rowsOf(spec).every((r) => r.accuracy === undefined || (r.accuracy as number) <= 1)).toBe(true);
  });

  it("lossCurve(history without validation) has no validation entry in its legend", () => {
    const data = circle({ n: 40, seed: 2 });
    const history = train(mlp([2, 3, 1], { output: "sigmoid", seed: 1 }), data, { epochs: 3 });
    const spec = lossCurve(history) as unknown as { layer: { encoding: { color: { scale: { domain: string[] } } } }[] };
    expect(spec.layer[0].encoding.color.scale.domain).toEqual(["train"]);
  });

  it("lossCurve(history, { zero: true }) starts the loss axis at 0", () => {
    const history = train(mlp([2, 3, 1], { output: "sigmoid", seed: 1 }), circle({ n: 40, seed: 2 }), { epochs: 3 });
    const y = (spec: unknown) => (spec as { layer: { encoding: { y: { scale: { zero: boolean } } } }[] }).layer[0].encoding.y.scale.zero;
    expect(y(lossCurve(history, { zero: true }))).toBe(true);
    expect(y(lossCurve(history))).toBe(false);
  });

  it("lossCurve([]) refuses with a message", () => {
    expect(() => lossCurve([])).toThrow(/at least one run/);
  });
});

describe("lossCurve of long runs", () => {
  /** The dots Vega drew in each symbol mark of the SVG (class mark-symbol), in layer order. */
  const dotsPerMark = (svg: string) =>
    [...svg.matchAll(/<g class="mark-symbol[^"]*"[^>]*>(.*?)<\/g>/gs)].map((m) => (m[1].match(/<path /g) ?? []).length);
  const long = (epochs: number, every = 1) => ({
    epochs: Array.from({ length: epochs / every + 1 }, (_, k) => ({ epoch: k * every, trainLoss: 1 / (1 + k * every), valLoss: 1.2 / (1 + k * every) })) as any,
    bestEpoch: 0,
  });

  it("draws at most 150 dots per line (every k-th epoch and the last), the line through every epoch, and keeps exact values", () => {
    const spec = lossCurve({ a: long(1000), b: long(997) }, { best: false });
    const svg = expectRenders(spec);
    const [dots] = dotsPerMark(svg);
    // 2 runs × 2 sets; 0, 7, …, 994 is 143 epochs, plus each run's last (1000; 997) = 144 per line.
    expect(dots).toBe(4 * 144);
    expect(rowsOf(spec).filter((r) => r.run === "a" && r.set === "train")).toHaveLength(1001);
  });

  it("thins in steps of the records' own spacing (a history that kept every 10th epoch)", () => {
    const svg = expectRenders(lossCurve(long(10000, 10), { best: false }));
    // 1001 records 10 epochs apart: every 70th epoch → 0, 70, …, 9940 (143) + the last (10000).
    expect(dotsPerMark(svg)[0]).toBe(2 * 144);
  });

  it("keeps a dot on every epoch of a short run", () => {
    expect(dotsPerMark(expectRenders(lossCurve(history, { best: false })))[0]).toBe(32);
  });
});
