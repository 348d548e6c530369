import { random } from "../../src";

/**
 * n points of sin(x) on [−3, 3] plus normal noise (std 0.3): with 20 of them a
 * big network overfits, which the overfitting, L2 and dropout tests rely on.
 */
export function noisySine(n: number, seed: number): { x: number[][]; y: number[][] } {
  const rng = random(seed);
  const x: number[][] = [], y: number[][] = [];
  for (let s = 0; s < n; s++) {
    const v = rng.uniform(-3, 3);
    x.push([v]);
    y.push([Math.sin(v) + rng.normal(0, 0.3)]);
  }
  return { x, y };
}
