import { describe, expect, it } from "vitest";
import { confusionCounts, confusionMatrix } from "../../src";
import { expectRenders, rowsOf } from "./check";

/** A model that answers fixed outputs, one row per example, in order. */
const answering = (outputs: number[][]) => ({ predict: (() => outputs) as never });
const oneHot = (c: number, k = 3) => Array.from({ length: k }, (_, j) => (j === c ? 1 : 0));

// Six examples of classes 0,0,1,1,2,2; the model says 0,1,1,1,0,2.
const truth = [0, 0, 1, 1, 2, 2];
const said = [[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0, 1, 0], [0.3, 0.4, 0.3], [0.5, 0.2, 0.3], [0.1, 0.1, 0.8]];
const data = { x: truth.map((c) => [c]), y: truth.map((c) => oneHot(c)) };

describe("confusionCounts", () => {
  it("counts[true][predicted], by argmax, counted by hand", () => {
    expect(confusionCounts(answering(said), data)).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 1],
    ]);
  });

  it("with one output, class 1 means an output of at least 0.5 (as accuracy counts it)", () => {
    const two = { x: [[0], [0], [0], [0]], y: [[0], [0], [1], [1]] };
    expect(confusionCounts(answering([[0.2], [0.5], [0.9], [0.49]]), two)).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it("refuses an empty data set and inputs without targets", () => {
    expect(() => confusionCounts(answering([]), { x: [], y: [] })).toThrow("has no examples");
    expect(() => confusionCounts(answering([[1]]), { x: [[0], [1]], y: [[1]] })).toThrow("2 inputs but 1 targets");
  });
});

describe("confusionMatrix", () => {
  it("draws one cell per (true, predicted) pair with its count, and says how many are right", () => {
    const spec = confusionMatrix(answering(said), data, { noun: "digit", classes: ["zero", "one", "two"] });
    const svg = expectRenders(spec);
    const cells = rowsOf(spec);
    expect(cells).toHaveLength(9);
    const cell = (t: string, p: string) => cells.find((r) => r.truth === t && r.predicted === p)!;
    expect(cell("two", "zero")).toMatchObject({ count: 1, share: 0.5, kind: "confused" });
    expect(cell("one", "one")).toMatchObject({ count: 2, share: 1, kind: "right" });
    // 4 of 6 right: rows 0,1 → 1 + 2, row 2 → 1.
    expect(JSON.stringify(spec)).toContain("4 of 6 right (66.7 %)");
    expect(svg).toContain("predicted digit");
    expect(svg).toContain("true digit");
  });

  it("the number on a dark cell is white, on a light cell dark; empty cells show no number", () => {
    const svg = expectRenders(confusionMatrix(answering(said), data));
    const marks = [...svg.matchAll(/<g class="mark-text role-mark[^"]*"[^>]*>(.*?)<\/g>/gs)].map((m) => m[1]).join("");
    const numbers = [...marks.matchAll(/<text [^>]*fill="([^"]+)"[^>]*>(\d+)<\/text>/g)].map((m) => ({ fill: m[1], text: m[2] }));
    expect(numbers.filter((n) => n.text === "2").map((n) => n.fill)).toEqual(["#ffffff"]);
    // In reading order: (0,0) right 1 of at most 2 → light; (0,1) and (2,0) mix-ups 1 of at most 1 → dark; (2,2) right → light.
    expect(numbers.filter((n) => n.text === "1").map((n) => n.fill)).toEqual(["#222222", "#ffffff", "#ffffff", "#222222"]);
    expect(numbers.filter((n) => n.text === "0")).toEqual([]);
  });

  it("colours right answers blue and mix-ups orange, each on its own scale; an empty cell is white", () => {
    const svg = expectRenders(confusionMatrix(answering(said), data));
    const rects = [...svg.matchAll(/<path aria-label="([^"]*)"[^>]*fill="([^"]+)"/g)].map((m) => ({ label: m[1], fill: m[2] }));
    const fill = (t: string, p: string) => rects.find((r) => r.label.startsWith(`predicted class: ${p}; true class: ${t};`))!.fill;
    const rgb = (colour: string) => (/^rgb\((\d+), ?(\d+), ?(\d+)\)$/.exec(colour) ?? []).slice(1).map(Number);
    const [r11, g11, b11] = rgb(fill("1", "1"));
    expect(b11).toBeGreaterThan(r11 + 80); // right: blue
    const [r01, g01, b01] = rgb(fill("0", "1"));
    expect(r01).toBeGreaterThan(b01 + 80); // mixed up: orange
    expect(rgb(fill("1", "0"))).toEqual([255, 255, 255]); // no ones taken for zeros: white
    const none = confusionMatrix(answering([[1, 0], [1, 0]]), { x: [[0], [1]], y: [[1, 0], [0, 1]] });
    const noneRects = [...expectRenders(none).matchAll(/<path aria-label="predicted class: 1; true class: 1;[^"]*"[^>]*fill="([^"]+)"/g)];
    expect(rgb(noneRects[0][1])).toEqual([255, 255, 255]); // no right answer for class 1: white too
    expect(g11 + g01).toBeGreaterThan(0);
  });

  it("refuses class names of the wrong number", () => {
    expect(() => confusionMatrix(answering(said), data, { classes: ["a", "b"] })).toThrow("2 class names were given for 3 classes");
  });
});
