import { expect, test } from "vitest";
import { circle } from "../../src/data/circle";
import { twoClassContract } from "./twoClassContract";

twoClassContract("circle", circle, 0.25);

test("circle({ noise: 0 }): the class is 'inside' exactly when the radius is below 3", () => {
  const data = circle({ n: 400, noise: 0 });
  data.x.forEach(([a, b], i) => {
    const r = Math.hypot(a, b);
    if (data.y[i][0] === 1) expect(r).toBeLessThanOrEqual(2.5);
    else {
      expect(r).toBeGreaterThanOrEqual(3.5);
      expect(r).toBeLessThanOrEqual(5);
    }
  });
  expect(data.description.classes).toEqual(["outside", "inside"]);
});

test("circle({ noise }) moves points off the clean rings, more for larger noise", () => {
  const offRing = (noise: number) =>
    circle({ n: 400, noise }).x.filter(([a, b]) => {
      const r = Math.hypot(a, b);
      return r > 2.5 && r < 3.5;
    }).length;
  expect(offRing(0)).toBe(0);
  expect(offRing(0.5)).toBeGreaterThan(offRing(0.1));
});

test("circle() keeps inputs within the playground's [-6, 6]", () => {
  for (const row of circle().x) for (const v of row) expect(Math.abs(v)).toBeLessThan(6);
});
