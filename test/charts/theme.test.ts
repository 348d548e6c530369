import { describe, expect, it } from "vitest";
import { classColors, colors, lossCurve, mlp, optimizerColors, optimizerRace, runColors, runColorsFor, train, weightHistogram, xor } from "../../src";

/** Hue in degrees of a #rrggbb colour. */
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16) / 255);
  const max = Math.max(r, g, b), min = Math.min(r, g, b), d = max - min;
  if (d === 0) return NaN;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}
const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

describe("theme", () => {
  it("runColors never reuse the hues of training and validation data (blue, orange)", () => {
    for (const run of [...runColors, ...Object.values(optimizerColors)]) {
      for (const set of [colors.train, colors.validation]) {
        const h = hue(run);
        if (!Number.isNaN(h)) expect(hueDistance(h, hue(set)), `${run} vs ${set}`).toBeGreaterThan(15);
      }
    }
    expect(new Set(runColors).size).toBe(runColors.length);
    expect(classColors).toHaveLength(10);
  });

  it("runColorsFor(names) gives an optimizer its own colour wherever it appears, and other runs distinct colours", () => {
    expect(runColorsFor(["sgd (η = 0.1)", "Adam (η = 0.05)", "my run"])).toEqual([optimizerColors.sgd, optimizerColors.adam, runColors[0]]);
    expect(runColorsFor(["momentum"])).toEqual([optimizerColors.momentum]);
    // momentum's green is runColors[0]: a plain run next to it gets the next free colour.
    const mixed = runColorsFor(["momentum", "plain"]);
    expect(new Set(mixed).size).toBe(2);
    expect(runColorsFor(["a", "b", "c"])).toEqual(runColors.slice(0, 3));
  });

  it("an optimizer keeps its colour in the race and in the loss curves of one lesson", () => {
    const race = optimizerRace({ optimizers: ["sgd", "adam"], steps: 5 }) as any;
    const raceScale = race.layer.find((l: any) => l.mark.type === "line").encoding.color.scale;
    const h = train(mlp([2, 2, 1], { output: "sigmoid" }), xor({ n: 20 }), { epochs: 2 });
    const curve = lossCurve({ "adam, η = 0.05": h, "sgd, η = 0.5": h }) as any;
    const curveScale = curve.layer[0].encoding.color.scale;
    const colourOf = (scale: { domain: string[]; range: string[] }, prefix: string) => scale.range[scale.domain.findIndex((d) => d.startsWith(prefix))];
    for (const name of ["sgd", "adam"]) expect(colourOf(curveScale, name)).toBe(colourOf(raceScale, name));
    const hist = weightHistogram({ adam: mlp([2, 2, 1]), sgd: mlp([2, 2, 1]) }) as any;
    expect(hist.spec.encoding.color.scale.range).toEqual([optimizerColors.adam, optimizerColors.sgd]);
  });
});
