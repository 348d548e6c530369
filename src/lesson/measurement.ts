import { num } from "../core/format";

/** The MIME type under which a measurement travels in a notebook's outputs. */
export const MEASUREMENT_MIME = "application/vnd.nnlab.measurement+json";

export type MeasuredValue = number | boolean | string;

/**
 * Numbers a lesson measured and tells the learner about, shown as one line of
 * text and kept machine-readable in the notebook's outputs, so the test suite
 * can check from the executed notebook that the phenomenon the lesson claims
 * really happened (validation loss rising, a gap shrinking, …).
 *
 * @example
 *   measured("overfitting", { bestEpoch: 775, bestValLoss: 0.101, finalValLoss: 0.332 });
 *   // overfitting: bestEpoch = 775, bestValLoss = 0.101, finalValLoss = 0.332
 */
export class Measurement {
  constructor(
    readonly name: string,
    readonly values: Readonly<Record<string, MeasuredValue>>,
  ) {}

  toString(): string {
    const parts = Object.entries(this.values).map(([key, value]) => `${key} = ${typeof value === "number" ? num(value) : String(value)}`);
    return `${this.name}: ${parts.join(", ")}`;
  }

  [Symbol.for("Jupyter.display")](): Record<string, unknown> {
    return { [MEASUREMENT_MIME]: { name: this.name, values: this.values }, "text/plain": this.toString() };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }
}

export function measured(name: string, values: Record<string, MeasuredValue>): Measurement {
  return new Measurement(name, { ...values });
}
