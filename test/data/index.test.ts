import { expect, test } from "vitest";
import * as data from "../../src/data";
import { Datasets, type DatasetName } from "../../src/data";

test("Datasets names every generator", () => {
  const names: DatasetName[] = [
    "circle", "xor", "gaussians", "spiral", "moons", "multiGaussian", "regressionPlane", "curve1d", "digits",
  ];
  expect(Object.keys(Datasets).sort()).toEqual([...names].sort());
  for (const name of names) expect(Datasets[name]).toBe(data[name]);
});

test("Datasets[name]({ n }) makes a data set of that name (except the slower digits)", () => {
  for (const name of Object.keys(Datasets) as DatasetName[]) {
    if (name === "digits") continue;
    const set = Datasets[name]({ n: 12 });
    expect(set.description.name).toBe(name);
    expect(set.x).toHaveLength(12);
    expect(set.description.size).toBe(12);
  }
});

test("the data index re-exports the utilities", () => {
  for (const fn of ["split", "standardize", "oneHot", "argmax", "describe"] as const) {
    expect(typeof data[fn]).toBe("function");
  }
  expect(Object.keys(data.curves)).toEqual(["sine", "cubic"]);
});
