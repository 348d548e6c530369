import { expect, test } from "vitest";
import { xor } from "../../src/data/xor";
import { twoClassContract } from "./twoClassContract";

twoClassContract("xor", xor, 0.25);

test("xor({ noise: 0 }): the class is 'same sign' exactly when x1·x2 > 0", () => {
  const data = xor({ n: 400, noise: 0 });
  data.x.forEach(([a, b], i) => {
    expect(data.y[i][0]).toBe(a * b > 0 ? 1 : 0);
    expect(Math.abs(a)).toBeGreaterThanOrEqual(0.3);
    expect(Math.abs(a)).toBeLessThanOrEqual(5.3);
    expect(Math.abs(b)).toBeGreaterThanOrEqual(0.3);
    expect(Math.abs(b)).toBeLessThanOrEqual(5.3);
  });
  expect(data.description.classes).toEqual(["opposite signs", "same sign"]);
});

test("xor({ n }) fills all four quadrants", () => {
  const quadrants = new Set(xor({ n: 200, noise: 0 }).x.map(([a, b]) => `${Math.sign(a)},${Math.sign(b)}`));
  expect(quadrants.size).toBe(4);
});
