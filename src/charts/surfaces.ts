import type { Extent } from "./grid";

/** A 2-D loss surface L(w1, w2) with its gradient, for watching optimizers move. */
export interface Surface {
  readonly name: string;
  /** The formula in LaTeX, with w1 and w2. */
  readonly latex: string;
  f(w1: number, w2: number): number;
  grad(w1: number, w2: number): [number, number];
  /** Where to look (default chart extent). */
  readonly extent: Extent;
  /** A starting point that shows the optimizers apart. */
  readonly start: readonly [number, number];
}

/**
 * Loss surfaces by name: a long narrow valley (plain gradient descent zig-zags,
 * momentum and Adam do not), Rosenbrock's curved valley, and Himmelblau's four
 * minima.
 */
export const Surfaces = {
  valley: {
    name: "valley",
    latex: "L = 0.1\\,w_1^2 + 2\\,w_2^2",
    f: (w1: number, w2: number) => 0.1 * w1 * w1 + 2 * w2 * w2,
    grad: (w1: number, w2: number): [number, number] => [0.2 * w1, 4 * w2],
    extent: [[-5, 5], [-2.5, 2.5]],
    start: [-4.5, 1.5],
  },
  rosenbrock: {
    name: "rosenbrock",
    latex: "L = (1 - w_1)^2 + 100\\,(w_2 - w_1^2)^2",
    f: (w1: number, w2: number) => (1 - w1) ** 2 + 100 * (w2 - w1 * w1) ** 2,
    grad: (w1: number, w2: number): [number, number] => [-2 * (1 - w1) - 400 * w1 * (w2 - w1 * w1), 200 * (w2 - w1 * w1)],
    extent: [[-2, 2], [-1, 3]],
    start: [-1.5, 2.5],
  },
  himmelblau: {
    name: "himmelblau",
    latex: "L = (w_1^2 + w_2 - 11)^2 + (w_1 + w_2^2 - 7)^2",
    f: (w1: number, w2: number) => (w1 * w1 + w2 - 11) ** 2 + (w1 + w2 * w2 - 7) ** 2,
    grad: (w1: number, w2: number): [number, number] => [
      4 * w1 * (w1 * w1 + w2 - 11) + 2 * (w1 + w2 * w2 - 7),
      2 * (w1 * w1 + w2 - 11) + 4 * w2 * (w1 + w2 * w2 - 7),
    ],
    extent: [[-5, 5], [-5, 5]],
    start: [-0.5, -0.5],
  },
} as const satisfies Record<string, Surface>;

export type SurfaceName = keyof typeof Surfaces;
