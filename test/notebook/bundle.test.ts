import { describe, expect, it } from "vitest";
import { chartBundle, circle, lossCurve, mlp, MIME, train, VEGA_LITE_SCHEMA } from "../../src";

const history = train(mlp([2, 3, 1], { output: "sigmoid", seed: 1 }), circle({ n: 40 }), { epochs: 5 });

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("chartBundle", () => {
  const bundle = chartBundle(lossCurve(history));

  it("chartBundle(spec) has exactly the Vega-Lite 5 spec, PNG, SVG and text/plain", () => {
    expect(Object.keys(bundle.data).sort()).toEqual([MIME.vegaLite, MIME.png, MIME.svg, MIME.text].sort());
    expect(MIME.vegaLite).toBe("application/vnd.vegalite.v5+json");
    expect(bundle.data).not.toHaveProperty("text/html");
  });

  it("chartBundle(spec) sends the spec as an object with the v5 $schema", () => {
    const spec = bundle.data[MIME.vegaLite] as { $schema: string };
    expect(typeof spec).toBe("object");
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
    expect(VEGA_LITE_SCHEMA).toBe("https://vega.github.io/schema/vega-lite/v5.json");
  });

  it("chartBundle(spec) gives valid PNG bytes at 2× with the CSS size in the metadata", () => {
    const png = Buffer.from(bundle.data[MIME.png] as string, "base64");
    const { width, height } = pngSize(png);
    const meta = bundle.metadata[MIME.png] as { width: number; height: number };
    expect(width).toBe(Math.round(meta.width * 2));
    expect(height).toBe(Math.round(meta.height * 2));
    expect(png.toString("latin1", png.length - 8, png.length - 4)).toBe("IEND");
  });

  it("chartBundle(spec) gives an SVG without an XML declaration", () => {
    const svg = bundle.data[MIME.svg] as string;
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).not.toContain("<?xml");
    expect(svg).toContain("Loss per epoch");
  });

  it("chartBundle(spec) gives one line of text/plain", () => {
    const text = bundle.data[MIME.text] as string;
    expect(text).toMatch(/^Vega-Lite chart "Loss per epoch"/);
    expect(text).not.toContain("\n");
  });

  it("chartBundle(spec, { scale: 1 }) has no metadata and a 1× PNG", () => {
    const small = chartBundle(lossCurve(history), { scale: 1 });
    expect(small.metadata).toEqual({});
    expect(pngSize(Buffer.from(small.data[MIME.png] as string, "base64")).width).toBe((bundle.metadata[MIME.png] as { width: number }).width);
  });
});
