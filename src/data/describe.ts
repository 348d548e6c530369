import type { Dataset } from "./dataset";
import { argmax } from "./argmax";
import { checkDataset } from "./validate";

/** A number with three significant digits, without trailing zeros. */
function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) < 1e-10) return "0";
  return String(Number(v.toPrecision(3)));
}

/** min, mean, max and (population) standard deviation of some values. */
function summary(values: readonly number[]): string {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  const mean = sum / values.length;
  let sq = 0;
  for (const v of values) sq += (v - mean) ** 2;
  return `min ${fmt(min)}, mean ${fmt(mean)}, max ${fmt(max)}, std ${fmt(Math.sqrt(sq / values.length))}`;
}

/** Shows an option value: strings quoted, arrays in brackets. */
function option(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(option).join(", ")}]`;
  return String(v);
}

/**
 * A short text summary of a data set for a learner: its title, task, size and
 * features, the number of samples per class (classification) or the range of
 * y (regression), the range of each input feature (or of all inputs together
 * when there are more than 6), and the options it was made with.
 *
 * @example
 *   console.log(describe(circle({ n: 200 })));
 *   // circle: Two classes: points inside a circle …
 *   // classification, 200 samples, 2 features (x1, x2)
 *   // classes: outside 100, inside 100
 *   // x1: min -5.1, mean 0.02, max 5.2, std 2.9
 *   // x2: min -5.2, mean -0.04, max 5.1, std 2.9
 *   // options: n=200, noise=0.25, seed=1, oneHot=false
 */
export function describe(data: Dataset): string {
  checkDataset("describe", data);
  const { description } = data;
  const n = data.x.length;
  const features = description.features;
  const d = n > 0 ? data.x[0].length : features.length;
  const shownNames = d <= 6 ? features.join(", ") : `${features[0]} … ${features[features.length - 1]}`;
  const lines = [
    `${description.name}: ${description.title}`,
    `${description.task}, ${n} sample${n === 1 ? "" : "s"}, ${d} feature${d === 1 ? "" : "s"} (${shownNames})`,
  ];
  if (n > 0) {
    if (description.task === "classification") {
      const classes = description.classes ?? [];
      const counts = new Map<number, number>();
      for (const row of data.y) {
        const c = row.length === 1 ? Math.round(row[0]) : argmax(row);
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      const k = Math.max(classes.length, ...[...counts.keys()].map((c) => c + 1));
      const parts: string[] = [];
      for (let c = 0; c < k; c++) parts.push(`${classes[c] ?? String(c)} ${counts.get(c) ?? 0}`);
      lines.push(`classes: ${parts.join(", ")}`);
    } else {
      const outputs = data.y[0].length;
      for (let j = 0; j < outputs; j++) {
        lines.push(`${outputs === 1 ? "y" : `y${j + 1}`}: ${summary(data.y.map((row) => row[j]))}`);
      }
    }
    if (d <= 6) {
      for (let j = 0; j < d; j++) lines.push(`${features[j] ?? `x${j + 1}`}: ${summary(data.x.map((row) => row[j]))}`);
    } else {
      lines.push(`all inputs: ${summary(data.x.flat())}`);
    }
  }
  const options = Object.entries(description.options).map(([key, value]) => `${key}=${option(value)}`);
  if (options.length > 0) lines.push(`options: ${options.join(", ")}`);
  return lines.join("\n");
}
