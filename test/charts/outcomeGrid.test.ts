import { describe, expect, it } from "vitest";
import { outcomeGrid, type GridRun } from "../../src";
import { expectRenders } from "./check";

/** A made-up history whose losses fall from `start` towards `end` over 10 epochs. */
const history = (start: number, end: number, diverge = false) => ({
  epochs: Array.from({ length: 11 }, (_, epoch) => ({
    epoch,
    trainLoss: diverge && epoch > 5 ? Infinity : end + (start - end) * Math.exp(-epoch / 3),
    valLoss: diverge && epoch > 5 ? NaN : 1.2 * end + (start - end) * Math.exp(-epoch / 3),
  })) as any,
  bestEpoch: 10,
});
const grid = (): GridRun[] => {
  const runs: GridRun[] = [];
  for (const learningRate of [0.01, 0.1, 1]) {
    for (const l2 of [0, 0.01]) runs.push({ settings: { learningRate, l2 }, history: history(1, learningRate * (1 + l2 * 10), learningRate === 1 && l2 === 0) });
  }
  return runs;
};

describe("outcomeGrid", () => {
  it("maps every run's final validation loss, read from its own history; a diverged run says so", () => {
    const runs = grid();
    const spec = outcomeGrid(runs, { labels: { learningRate: "learning rate η", l2: "L2 strength λ₂" } });
    expectRenders(spec);
    const cells = (spec as any).hconcat[0].data.values as Record<string, unknown>[];
    expect(cells).toHaveLength(6);
    for (const run of runs) {
      const cell = cells.find((c) => c.a === String(run.settings.learningRate) && c.b === String(run.settings.l2))!;
      const last = run.history.epochs[10].valLoss!;
      if (Number.isFinite(last)) expect(cell.final).toBeCloseTo(last, 5);
      else expect(cell).toMatchObject({ final: null, text: "diverged" });
    }
    // The diverged cell has no colour, so its word is dark, not white on white.
    expect(expectRenders(spec)).toMatch(/<text aria-label="learning rate η: 1; L2 strength λ₂: 0; text: diverged"[^>]*fill="#222222"/);
  });

  it("shows the picked run's curves under a heading naming its settings; sliders move the pick, the y axis stays", () => {
    const runs = grid();
    const middle = expectRenders(outcomeGrid(runs));
    const final = (k: number) => +runs[k].history.epochs[10].valLoss!.toPrecision(4);
    expect(middle).toContain(`learningRate = 0.1, l2 = 0: final validation loss ${final(2)}`);
    const picked = outcomeGrid(runs, { initial: { learningRate: 0.01, l2: 0.01 } }) as any;
    expect(expectRenders(picked)).toContain(`learningRate = 0.01, l2 = 0.01: final validation loss ${final(1)}`);
    expect(picked.params.map((p: any) => [p.name, p.value, p.bind.input, p.bind.max])).toEqual([["pickA", 0, "range", 2], ["pickB", 1, "range", 1]]);
    const yScale = (s: any) => s.hconcat[1].layer[0].encoding.y.scale.domain;
    expect(yScale(picked)).toEqual(yScale(outcomeGrid(runs)));
  });

  it("refuses grids that are not a full grid of two settings", () => {
    const runs = grid();
    expect(() => outcomeGrid(runs.slice(1))).toThrow("no run for learningRate = 0.01, l2 = 0");
    expect(() => outcomeGrid([...runs, runs[0]])).toThrow("two runs have the same settings (learningRate = 0.01, l2 = 0)");
    expect(() => outcomeGrid([{ settings: { learningRate: 0.1 }, history: history(1, 0.1) }])).toThrow("exactly two settings per run");
    expect(() => outcomeGrid([runs[0], { settings: { learningRate: 0.1, dropout: 0 }, history: history(1, 0.1) }])).toThrow("every run needs the same two settings (learningRate, l2)");
  });
});

describe("outcomeGrid in a live Vega view", () => {
  it("moving a slider (its signal) shows another run's curves and heading, with no kernel involved", async () => {
    const vega = await import("vega");
    const vegaLite = await import("vega-lite");
    const runs = grid();
    const view = new vega.View(vega.parse(vegaLite.compile(outcomeGrid(runs) as never).spec), { renderer: "none" });
    await view.runAsync();
    const heading = async () => (await view.toSVG()).match(/learningRate = [^<]*/)![0];
    expect(await heading()).toContain("learningRate = 0.1, l2 = 0:");
    view.signal("pickA", 0).signal("pickB", 1);
    await view.runAsync();
    expect(await heading()).toContain("learningRate = 0.01, l2 = 0.01:");
    view.finalize();
  });
});
