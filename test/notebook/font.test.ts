import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { FONT_FAMILY, fontFiles, fontMetrics } from "../../src/notebook/font";
import { toPng } from "../../src/notebook/render";
import { existsSync } from "fs";

const text = (s: string, size = 20) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><text x="0" y="30" font-family="DejaVu Sans, Verdana, sans-serif" font-size="${size}">${s}</text></svg>`;

/** How many of the RGBA pixels are dark (text drawn on white). */
function darkPixels(pixels: Buffer): number {
  let n = 0;
  for (let k = 0; k < pixels.length; k += 4) if (pixels[k] < 128 && pixels[k + 3] > 128) n++;
  return n;
}

describe("font", () => {
  it("fontFiles() finds DejaVu Sans from fonts-dejavu-core", () => {
    const files = fontFiles();
    expect(existsSync(files.regular)).toBe(true);
    expect(files.regular).toMatch(/DejaVuSans\.ttf$/);
  });

  it("toPng(svg) draws text: the PNG of a label has dark pixels, an empty one has none", () => {
    const render = (svg: string) =>
      new Resvg(svg, { font: { fontFiles: [fontFiles().regular], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }, background: "white" }).render();
    expect(darkPixels(render(text("Loss per epoch")).pixels)).toBeGreaterThan(200);
    expect(darkPixels(render(text("")).pixels)).toBe(0);
    expect(Buffer.from(toPng(text("epoch"))).subarray(1, 4).toString()).toBe("PNG");
  });

  it("fontMetrics() measures text as wide as resvg draws it", () => {
    for (const label of ["Loss per epoch", "validation", "0.125", "best epoch 37", "Wη = −0.25"]) {
      const drawn = new Resvg(text(label), { font: { fontFiles: [fontFiles().regular], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY } }).getBBox();
      const measured = fontMetrics().regular.width(label, 20);
      expect(Math.abs(drawn!.x + drawn!.width - measured)).toBeLessThan(2.5);
    }
  });
});
