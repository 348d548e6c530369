/**
 * Whether an output row counts as the right class for its target row:
 * for one output, both on the same side of 0.5; for several, the same argmax.
 */
export function isCorrect(output: Float64Array, target: Float64Array, offset: number, n: number): boolean {
  if (n === 1) return output[offset] >= 0.5 === target[offset] >= 0.5;
  let best = offset, bestTarget = offset;
  for (let k = offset + 1; k < offset + n; k++) {
    if (output[k] > output[best]) best = k;
    if (target[k] > target[bestTarget]) bestTarget = k;
  }
  return best - offset === bestTarget - offset;
}
