import { expect, test } from "vitest";
import { gaussians } from "../../src/data/gaussians";
import { twoClassContract } from "./twoClassContract";

twoClassContract("gaussians", gaussians, 1);

test("gaussians({ n, noise }): class 1 is centred at (2, 2), class 0 at (-2, -2), with std noise", () => {
  const data = gaussians({ n: 4000, noise: 0.8 });
  for (const label of [0, 1]) {
    const rows = data.x.filter((_, i) => data.y[i][0] === label);
    const centre = label === 1 ? 2 : -2;
    for (const j of [0, 1]) {
      const values = rows.map((row) => row[j]);
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      const std = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
      expect(mean).toBeCloseTo(centre, 1);
      expect(std).toBeGreaterThan(0.75);
      expect(std).toBeLessThan(0.85);
    }
  }
});

test("gaussians({ noise: 0 }) puts every point at its class centre", () => {
  const data = gaussians({ n: 10, noise: 0 });
  data.x.forEach((row, i) => expect(row).toEqual(data.y[i][0] === 1 ? [2, 2] : [-2, -2]));
});
