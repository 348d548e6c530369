/**
 * nnlab's data sets and data utilities.
 *
 * @example
 *   import { Datasets, split, standardize, describe } from "./data";
 *   const data = Datasets.spiral({ n: 300, noise: 0.1 });
 *   const { train, test } = split(data, 0.8);
 *   console.log(describe(train));
 */
import { circle } from "./circle";
import { xor } from "./xor";
import { gaussians } from "./gaussians";
import { spiral } from "./spiral";
import { moons } from "./moons";
import { multiGaussian } from "./multiGaussian";
import { regressionPlane } from "./regressionPlane";
import { curve1d } from "./curve1d";
import { digits } from "./digits";

export type { Dataset, DatasetDescription } from "./dataset";
export type { TwoClassOptions } from "./twoClass";
export { circle, type CircleOptions } from "./circle";
export { xor, type XorOptions } from "./xor";
export { gaussians, type GaussiansOptions } from "./gaussians";
export { spiral, type SpiralOptions } from "./spiral";
export { moons, type MoonsOptions } from "./moons";
export { multiGaussian, type MultiGaussianOptions } from "./multiGaussian";
export { regressionPlane, type RegressionPlaneOptions } from "./regressionPlane";
export { curve1d, curves, type Curve1dOptions, type CurveName } from "./curve1d";
export { digits, type DigitsOptions } from "./digits";
export { split, type Split } from "./split";
export { standardize, type StandardizeStats, type Standardized } from "./standardize";
export { oneHot } from "./oneHot";
export { argmax } from "./argmax";
export { describe } from "./describe";

/**
 * Every data set generator by name, for menus and lessons that pick a set by
 * its name.
 *
 * @example
 *   const name: DatasetName = "moons";
 *   const data = Datasets[name]({ n: 100 });
 */
export const Datasets = {
  circle,
  xor,
  gaussians,
  spiral,
  moons,
  multiGaussian,
  regressionPlane,
  curve1d,
  digits,
} as const;

/** The name of a data set generator: "circle", "xor", …. */
export type DatasetName = keyof typeof Datasets;
