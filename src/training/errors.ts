import type { History } from "./history";

/**
 * Training stopped because it diverged: the loss became NaN/Infinity or
 * exploded. Carries the history up to that point, so the blow-up can be
 * charted.
 */
export class DivergenceError extends Error {
  override name = "DivergenceError";
  constructor(
    message: string,
    readonly epoch: number,
    readonly step: number,
    readonly history: History,
    readonly cause?: Error,
  ) {
    super(message);
  }
}
