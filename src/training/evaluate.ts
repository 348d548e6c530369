import type { Loss } from "../core/losses";
import { isCorrect } from "./accuracy";
import { Pass } from "../core/pass";
import { lossOf } from "../core/backward";
import { forward } from "../core/forward";
import type { PackedSamples } from "./samples";

/** Loss and accuracy over a whole data set, in evaluation mode. */
export interface Evaluation {
  loss: number;
  accuracy: number;
}

/**
 * Runs the network over packed samples in chunks of the pass's capacity (no
 * dropout) and returns the mean loss and the share classified right.
 */
export function evaluate(pass: Pass, data: PackedSamples, loss: Loss): Evaluation {
  const { inputs } = pass.layers[0];
  const last = pass.layers.length - 1;
  const outputs = pass.layers[last].size;
  let total = 0, correct = 0;
  for (let start = 0; start < data.count; start += pass.capacity) {
    const count = Math.min(pass.capacity, data.count - start);
    pass.y.set(data.y.subarray(start * outputs, (start + count) * outputs));
    forward(pass, count, undefined, data.x.subarray(start * inputs, (start + count) * inputs));
    total += lossOf(pass, count, loss) * count;
    for (let s = 0; s < count; s++) if (isCorrect(pass.a[last], pass.y, s * outputs, outputs)) correct++;
  }
  return { loss: total / data.count, accuracy: correct / data.count };
}
