import type { TrainingTrace } from "./trainingTrace";

/** What training measured at the end of one epoch (epoch 0 = before any step). */
export interface EpochRecord {
  /** 0 for the untrained network, then 1, 2, … */
  readonly epoch: number;
  /** Mean data loss over the training set, in evaluation mode (no dropout), penalty not included. */
  readonly trainLoss: number;
  /** Mean data loss over the validation set (when one is given). */
  readonly valLoss?: number;
  /** Share of training samples classified right (classification: a bce/ce loss, or targets that are all 0 or 1). */
  readonly trainAccuracy?: number;
  /** Share of validation samples classified right (classification with a validation set). */
  readonly valAccuracy?: number;
  /** The L1 + L2 penalty of the weights at the end of the epoch (0 without l1/l2). */
  readonly penalty: number;
  /** The learning rate used during the epoch. */
  readonly learningRate: number;
  /** Mean loss the optimizer saw on the epoch's mini-batches (training mode, with dropout; NaN for epoch 0). */
  readonly batchLoss: number;
  /** How many optimizer steps were taken so far. */
  readonly steps: number;
}

/**
 * The record of a training run: one entry per epoch (index = epoch number,
 * with epoch 0 the starting point) and the best epoch.
 *
 * @example
 *   const history = train(net, data, { epochs: 100, validation });
 *   history.epochs[10].valLoss;
 *   history.bestEpoch;   // lowest validation loss (training loss without validation)
 */
export class History {
  readonly epochs: EpochRecord[] = [];
  /** Set when early stopping ended the run: the epoch it stopped at. */
  stoppedEpoch: number | undefined;
  /** True when early stopping put the best weights back. */
  restoredBest = false;
  /** With `train(…, { trace: true })`: every neuron's z, a and dz for every sample, from the latest epoch. */
  trace: TrainingTrace | undefined;

  constructor(
    /** The loss used ("mse", "bce", "ce", or a custom loss's name). */
    readonly loss: string,
    /** Whether a validation set was given. */
    readonly validated: boolean,
  ) {}

  /** The epoch with the lowest validation loss (training loss without validation; epochs without a measured loss are skipped); the earliest on ties. */
  get bestEpoch(): number {
    return bestEpoch(this.epochs);
  }

  /** The record of the best epoch. */
  get best(): EpochRecord {
    return this.epochs[this.bestEpoch];
  }

  /** The last record. */
  get last(): EpochRecord {
    return this.epochs[this.epochs.length - 1];
  }

  /** One column of the records, e.g. `history.series("valLoss")`. */
  series(key: Exclude<keyof EpochRecord, "epoch">): number[] {
    return this.epochs.map((record) => record[key] ?? NaN);
  }

  toJSON(): { loss: string; bestEpoch: number; stoppedEpoch?: number; epochs: EpochRecord[] } {
    return { loss: this.loss, bestEpoch: this.bestEpoch, ...(this.stoppedEpoch === undefined ? {} : { stoppedEpoch: this.stoppedEpoch }), epochs: this.epochs };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    const last = this.last;
    if (last === undefined) return "History { no epochs }";
    const f = (v: number | undefined) => (v === undefined ? "–" : (+v.toPrecision(4)).toString());
    const val = this.validated ? `, valLoss ${f(last.valLoss)}` : "";
    return `History { ${this.epochs.length - 1} epochs, ${this.loss}: trainLoss ${f(last.trainLoss)}${val}; best epoch ${this.bestEpoch}${this.stoppedEpoch === undefined ? "" : `, stopped early at ${this.stoppedEpoch}`} }`;
  }
}

/**
 * The epoch with the lowest monitored loss among `records` (validation loss,
 * else training loss); records without a measured loss (NaN) are skipped, the
 * earliest wins ties, and 0 when none was measured.
 */
export function bestEpoch(records: readonly EpochRecord[]): number {
  let best = 0, bestLoss = Infinity;
  for (const record of records) {
    const loss = monitored(record);
    if (loss < bestLoss) [best, bestLoss] = [record.epoch, loss];
  }
  return best;
}

/** The number early stopping and bestEpoch watch. */
export function monitored(record: EpochRecord): number {
  return record.valLoss ?? record.trainLoss;
}
