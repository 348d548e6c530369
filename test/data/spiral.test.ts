import { expect, test } from "vitest";
import { spiral } from "../../src/data/spiral";
import { twoClassContract } from "./twoClassContract";

twoClassContract("spiral", spiral, 0.2);

/** The distance between two angles, in [0, π]. */
const angleGap = (a: number, b: number) => {
  const d = (((a - b) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  return Math.min(d, 2 * Math.PI - d);
};

test("spiral({ noise: 0 }): each point lies on its arm, angle 0.7π·r (arm A) or 0.7π·r + π (arm B)", () => {
  const data = spiral({ n: 301, noise: 0 });
  let checked = 0;
  data.x.forEach(([a, b], i) => {
    const r = Math.hypot(a, b);
    expect(r).toBeLessThan(5);
    if (r < 1e-9) return; // the centre has no angle
    const t = 0.7 * Math.PI * r + (data.y[i][0] === 1 ? Math.PI : 0);
    expect(angleGap(Math.atan2(a, b), t)).toBeLessThan(1e-9);
    checked++;
  });
  expect(checked).toBe(299);
});

test("spiral({ n: 200, noise: 0 }): arm B is arm A turned by half a turn", () => {
  const data = spiral({ n: 200, noise: 0 });
  const armA = data.x.filter((_, i) => data.y[i][0] === 0);
  const armB = data.x.filter((_, i) => data.y[i][0] === 1);
  expect(armA).toHaveLength(100);
  for (const [a, b] of armB) {
    const nearest = Math.min(...armA.map(([p, q]) => Math.hypot(p + a, q + b)));
    expect(nearest).toBeLessThan(1e-9);
  }
});
