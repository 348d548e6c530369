import { describe, expect, it } from "vitest";
import { imageGrid, mlp, weightImages } from "../../src";
import { contrast, expectRenders, rowsOf } from "./check";

/** The fill colours of the rect cells in the SVG, in drawing order (Vega writes rgb(r, g, b) or #rrggbb). */
function cellFills(svg: string): string[] {
  const marks = [...svg.matchAll(/<g class="mark-rect role-mark[^"]*"[^>]*>(.*?)<\/g>/gs)].map((m) => m[1]).join("");
  return [...marks.matchAll(/<path [^>]*fill="([^"]+)"/g)].map((m) => toHex(m[1]));
}
function toHex(colour: string): string {
  const rgb = /^rgb\((\d+), ?(\d+), ?(\d+)\)$/.exec(colour);
  return rgb ? "#" + rgb.slice(1).map((c) => Number(c).toString(16).padStart(2, "0")).join("") : colour;
}
const brightness = (hex: string) => [1, 3, 5].reduce((sum, k) => sum + parseInt(hex.slice(k, k + 2), 16), 0);

describe("imageGrid", () => {
  it("draws each image as side × side cells, more ink darker: 0 is white paper, 1 black", () => {
    const svg = expectRenders(imageGrid([[0, 0.25, 0.5, 1], [1, 0.75, 0.5, 0]], { captions: ["a", "b"] }));
    const fills = cellFills(svg);
    expect(fills).toHaveLength(8);
    expect(fills[0]).toBe("#ffffff");
    expect(fills[3]).toBe("#000000");
    for (let k = 1; k < 4; k++) expect(brightness(fills[k])).toBeLessThan(brightness(fills[k - 1]));
    expect(svg).toContain(">a<");
    expect(svg).toContain(">b<");
  });

  it("draws weights diverging around 0 in the network diagram's colours: negative red, 0 near white, positive blue, symmetric scale", () => {
    const spec = imageGrid([[-2, 0, 1, 2]], { colors: "diverging" }) as any;
    expect(spec.spec.encoding.color.scale.domain).toEqual([-2, 2]);
    const fills = cellFills(expectRenders(spec));
    const rgb = (hex: string) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
    const [r0, , b0] = rgb(fills[0]);
    const [r3, , b3] = rgb(fills[3]);
    expect(r0).toBeGreaterThan(b0 + 80); // −2: red
    expect(b3).toBeGreaterThan(r3 + 80); // +2: blue
    expect(Math.min(...rgb(fills[1]))).toBeGreaterThan(235); // 0: near white
    expect(contrast(fills[0], "#ffffff")).toBeGreaterThan(3);
    expect(contrast(fills[3], "#ffffff")).toBeGreaterThan(3);
  });

  it("refuses images that are not the same square, and an empty list", () => {
    expect(() => imageGrid([[0, 1, 0, 1], [0, 1, 0]])).toThrow("image 1 has 3 pixels, which is not 2×2");
    expect(() => imageGrid([])).toThrow("expected at least one image");
  });
});

describe("weightImages", () => {
  it("draws each first-layer neuron's input weights at the pixels they multiply", () => {
    const net = mlp([16, 3, 2], { seed: 4 });
    const spec = weightImages(net, { neurons: [2, 0] });
    expectRenders(spec);
    const rows = rowsOf(spec);
    const pixels = (image: number) => rows.filter((r) => r.image === image).map((r) => r.value);
    expect(pixels(0)).toEqual([...net.neuron(0, 2).weights]);
    expect(pixels(1)).toEqual([...net.neuron(0, 0).weights]);
    expect(JSON.stringify(spec)).toContain("neuron 2");
    expect(() => weightImages(net, { neurons: [3] })).toThrow("neuron 3 does not exist; the first layer has neurons 0 to 2");
  });
});
