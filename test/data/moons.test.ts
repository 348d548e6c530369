import { expect, test } from "vitest";
import { moons } from "../../src/data/moons";
import { twoClassContract } from "./twoClassContract";

twoClassContract("moons", moons, 0.3);

test("moons({ noise: 0 }): the upper moon is the top half of a radius-3 circle around (-1.5, -0.75)", () => {
  const data = moons({ n: 300, noise: 0 });
  data.x.forEach(([a, b], i) => {
    if (data.y[i][0] !== 0) return;
    expect(Math.hypot(a + 1.5, b + 0.75)).toBeCloseTo(3, 9);
    expect(b).toBeGreaterThanOrEqual(-0.75);
  });
});

test("moons({ noise: 0 }): the lower moon is the bottom half of a radius-3 circle around (1.5, 0.75)", () => {
  const data = moons({ n: 300, noise: 0 });
  data.x.forEach(([a, b], i) => {
    if (data.y[i][0] !== 1) return;
    expect(Math.hypot(a - 1.5, b - 0.75)).toBeCloseTo(3, 9);
    expect(b).toBeLessThanOrEqual(0.75);
  });
});

test("moons() keeps inputs within the playground's [-6, 6]", () => {
  for (const row of moons().x) for (const v of row) expect(Math.abs(v)).toBeLessThan(6);
});
