import { expect, test } from "vitest";
import type { Dataset } from "../../src/data/dataset";
import type { TwoClassOptions } from "../../src/data/twoClass";

/** Class 0 or 1 of a target row ([c] or one-hot). */
export const classOf = (row: number[]): number => (row.length === 1 ? row[0] : row.indexOf(1));

/**
 * The behaviour every two-class playground set shares: determinism, sizes,
 * balance, one-hot targets, defaults and argument errors.
 */
export function twoClassContract(
  name: string,
  make: (options?: TwoClassOptions) => Dataset,
  defaultNoise: number,
): void {
  test(`${name}({ n, seed }) is deterministic for a seed`, () => {
    expect(make({ n: 50, seed: 7 })).toEqual(make({ n: 50, seed: 7 }));
    expect(make({ n: 50, seed: 7 }).x).not.toEqual(make({ n: 50, seed: 8 }).x);
  });

  test(`${name}() uses n = 200, noise = ${defaultNoise}, seed = 1 and [0]/[1] targets`, () => {
    const data = make();
    expect(data.x).toHaveLength(200);
    expect(data.y).toHaveLength(200);
    expect(data.description.options).toEqual({ n: 200, noise: defaultNoise, seed: 1, oneHot: false });
    expect(data).toEqual(make({ n: 200, noise: defaultNoise, seed: 1 }));
  });

  test(`${name}({ n }) gives n rows of 2 inputs and 1 target, with balanced classes`, () => {
    for (const n of [1, 2, 7, 100]) {
      const data = make({ n });
      expect(data.x).toHaveLength(n);
      expect(data.y).toHaveLength(n);
      expect(data.description.size).toBe(n);
      for (const row of data.x) {
        expect(row).toHaveLength(2);
        for (const v of row) expect(Number.isFinite(v)).toBe(true);
      }
      for (const row of data.y) expect([[0], [1]]).toContainEqual(row);
      const ones = data.y.filter((row) => row[0] === 1).length;
      expect(ones).toBe(Math.floor(n / 2));
    }
  });

  test(`${name}({ n }) mixes the classes (rows are shuffled)`, () => {
    const labels = make({ n: 100 }).y.map((row) => row[0]);
    expect(labels.slice(0, 50).filter((c) => c === 1).length).toBeGreaterThan(10);
    expect(labels.slice(50).filter((c) => c === 1).length).toBeGreaterThan(10);
  });

  test(`${name}({ oneHot: true }) gives one-hot rows [1, 0] / [0, 1] with the same inputs and classes`, () => {
    const plain = make({ n: 60, seed: 3 });
    const hot = make({ n: 60, seed: 3, oneHot: true });
    expect(hot.x).toEqual(plain.x);
    hot.y.forEach((row, i) => {
      expect([[1, 0], [0, 1]]).toContainEqual(row);
      expect(classOf(row)).toBe(plain.y[i][0]);
    });
  });

  test(`${name}({ n, seed }) describes itself`, () => {
    const d = make({ n: 10, seed: 2 }).description;
    expect(d.name).toBe(name);
    expect(d.task).toBe("classification");
    expect(d.features).toEqual(["x1", "x2"]);
    expect(d.classes).toHaveLength(2);
    expect(d.title.length).toBeGreaterThan(10);
  });

  test(`${name}({ n, noise, seed, oneHot }) rejects bad arguments with clear messages`, () => {
    expect(() => make({ n: 0 })).toThrow(`${name}({ n }): n must be a positive integer, got 0`);
    expect(() => make({ n: 2.5 })).toThrow(`${name}({ n }): n must be a positive integer, got 2.5`);
    expect(() => make({ noise: -1 })).toThrow(`${name}({ noise }): noise must be ≥ 0, got -1`);
    expect(() => make({ noise: NaN })).toThrow(`${name}({ noise }): noise must be a finite number, got NaN`);
    expect(() => make({ seed: Infinity })).toThrow(`${name}({ seed }): seed must be a finite number, got Infinity`);
    expect(() => make({ oneHot: "yes" as unknown as boolean })).toThrow(
      `${name}({ oneHot }): oneHot must be true or false, got "yes"`,
    );
    expect(() => make({ noize: 0.1 } as unknown as TwoClassOptions)).toThrow(
      `${name}({ noize }): unknown option "noize"; the options are n, noise, seed, oneHot`,
    );
    expect(() => make(200 as unknown as TwoClassOptions)).toThrow(
      `${name}(options): options must be an object such as { n: 200 }, got 200`,
    );
  });
}
