import type { TopLevelSpec } from "vega-lite";
import { VEGA_LITE_SCHEMA } from "../charts/spec";
import type { Bundle } from "./bundle";

/** Something nnlab can show: it knows its own bundle (explanations, live displays). */
export interface Showable {
  toBundle(): Bundle;
}

export function isShowable(value: unknown): value is Showable {
  return value !== null && typeof value === "object" && typeof (value as Showable).toBundle === "function";
}

export function isChartSpec(value: unknown): value is TopLevelSpec {
  return value !== null && typeof value === "object" && (value as { $schema?: unknown }).$schema === VEGA_LITE_SCHEMA;
}

/**
 * Gives a class the two hooks notebooks read: `Symbol.for("Jupyter.display")`
 * (the rich bundle, when it is a cell's last expression) and Node's
 * `util.inspect.custom` (a readable summary in console.log and plain kernels).
 */
export function withDisplayHooks<T extends Showable & { summary(): string }>(prototype: T): void {
  Object.defineProperty(prototype, Symbol.for("Jupyter.display"), {
    value(this: T) { return this.toBundle().data; },
    enumerable: false, configurable: true,
  });
  Object.defineProperty(prototype, Symbol.for("nodejs.util.inspect.custom"), {
    value(this: T) { return this.summary(); },
    enumerable: false, configurable: true,
  });
}
