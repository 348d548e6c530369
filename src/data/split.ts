import type { Dataset } from "./dataset";
import { random } from "../core/random";
import { checkDataset } from "./validate";
import { messages } from "./messages";

/** The two parts made by {@link split}. */
export interface Split {
  readonly train: Dataset;
  readonly test: Dataset;
}

/**
 * Splits a data set into a training part and a test part: the samples are
 * shuffled (seeded) and the first round(fraction · n) go to `train`, the rest to
 * `test`. Every sample lands in exactly one part. The parts keep the
 * description (with their own size, and `split`, `fraction` and `splitSeed` added
 * to the options) and the `truth`.
 *
 * @example
 *   const { train, test } = split(circle({ n: 200 }), 0.8, 1);
 *   train.x.length; // 160
 *   test.x.length;  // 40
 */
export function split(data: Dataset, fraction = 0.8, seed = 1): Split {
  checkDataset("split", data);
  if (typeof fraction !== "number" || !(fraction > 0 && fraction < 1)) {
    throw new Error(messages.argument("split(data, fraction)", "fraction", "between 0 and 1 (the share for training)", fraction));
  }
  if (typeof seed !== "number" || !Number.isFinite(seed)) {
    throw new Error(messages.argument("split(data, fraction, seed)", "seed", "a finite number", seed));
  }
  const n = data.x.length;
  const trainSize = Math.round(fraction * n);
  if (trainSize === 0 || trainSize === n) {
    throw new Error(messages.emptyPart(fraction, n, trainSize));
  }
  const order = random(seed).shuffle(Array.from({ length: n }, (_, i) => i));
  const part = (indices: number[], name: "train" | "test"): Dataset => ({
    x: indices.map((i) => data.x[i]),
    y: indices.map((i) => data.y[i]),
    description: {
      ...data.description,
      size: indices.length,
      options: { ...data.description.options, split: name, fraction, splitSeed: seed },
    },
    ...(data.truth ? { truth: data.truth } : {}),
  });
  return { train: part(order.slice(0, trainSize), "train"), test: part(order.slice(trainSize), "test") };
}
