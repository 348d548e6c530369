import type { Samples } from "../training";
import { checkCount, limits } from "./limits";
import type { Row } from "./spec";

/**
 * Data to draw over the input plane: one set, or a training set with the
 * validation set (or a test set) to mark apart.
 */
export type PointsLike = Samples | { readonly train: Samples; readonly validation?: Samples; readonly test?: Samples };

/** The names sets are shown under. */
export const setNames = { train: "training", validation: "validation", test: "test", data: "data" } as const;

/** Point shapes, one per class, in class order: a class is readable by its shape on any background. */
export const classShapes = ["circle", "square", "triangle-up", "diamond", "cross", "triangle-down", "triangle-right", "triangle-left", "stroke", "wedge"] as const;

/** Class names of a data set, when it has them (a Dataset's description does). */
export function classNames(data: PointsLike): string[] | undefined {
  const d = ("train" in data ? data.train : data) as { description?: { classes?: string[] } };
  return d.description?.classes;
}

/** The class of a target row: 0/1 for one output (threshold 0.5), the largest entry for one-hot rows. */
export function classOf(y: readonly number[]): number {
  if (y.length === 1) return y[0] >= 0.5 ? 1 : 0;
  let best = 0;
  for (let k = 1; k < y.length; k++) if (y[k] > y[best]) best = k;
  return best;
}

/** Rows { x1, x2, class, set } for every point, checked against the points limit. */
export function pointRows(builder: string, data: PointsLike): Row[] {
  const sets: [string, Samples][] = "train" in data
    ? [[setNames.train, data.train], ...(["validation", "test"] as const).filter((k) => data[k]).map((k): [string, Samples] => [setNames[k], data[k]!])]
    : [[setNames.data, data]];
  const names = classNames(data);
  const rows: Row[] = [];
  for (const [set, samples] of sets) {
    samples.x.forEach((x, s) => {
      const k = classOf(samples.y[s]);
      rows.push({ x1: x[0], x2: x[1], class: names?.[k] ?? String(k), set, sample: s });
    });
  }
  checkCount(builder, "points", rows.length, limits.points, "Draw a sample of the data (e.g. the first 1000 points).");
  return rows;
}

/** All the x rows of a PointsLike, for the extent. */
export function allInputs(data: PointsLike): readonly (readonly number[])[] {
  return "train" in data ? [...data.train.x, ...(data.validation?.x ?? []), ...(data.test?.x ?? [])] : data.x;
}
