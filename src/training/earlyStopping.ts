import type { EpochRecord } from "./history";
import { monitored } from "./history";
import { optionError, positiveInteger } from "../core/options";
import type { Network } from "../core/network";

export interface EarlyStoppingOptions {
  /** How many epochs without improvement to wait before stopping (default 10). */
  patience?: number;
  /** The least decrease of the loss that counts as an improvement (default 0). */
  minDelta?: number;
  /** Put back the weights of the best epoch when stopping (default true). */
  restoreBest?: boolean;
}

/**
 * Watches the validation loss (the training loss without validation) after
 * each epoch, keeps a copy of the best weights, and says when to stop.
 */
export class EarlyStopping {
  private readonly patience: number;
  private readonly minDelta: number;
  private readonly restoreBest: boolean;
  private bestLoss = Infinity;
  private bestEpoch = 0;
  private bestWeights: Float64Array[] = [];
  private bestBiases: Float64Array[] = [];

  constructor({ patience = 10, minDelta = 0, restoreBest = true }: EarlyStoppingOptions) {
    positiveInteger("earlyStopping", "patience", patience);
    if (!(minDelta >= 0)) optionError("earlyStopping", "minDelta", "a number ≥ 0", minDelta);
    this.patience = patience;
    this.minDelta = minDelta;
    this.restoreBest = restoreBest;
  }

  /** Records an epoch; returns true when training should stop. */
  update(record: EpochRecord, net: Network): boolean {
    const loss = monitored(record);
    if (loss < this.bestLoss - this.minDelta || this.bestWeights.length === 0) {
      this.bestLoss = Math.min(loss, this.bestLoss);
      this.bestEpoch = record.epoch;
      this.bestWeights = net.layers.map((layer) => layer.weights.slice());
      this.bestBiases = net.layers.map((layer) => layer.bias.slice());
      return false;
    }
    return record.epoch - this.bestEpoch >= this.patience;
  }

  /** Puts the best weights back (if asked to); returns whether it did. */
  restore(net: Network): boolean {
    if (!this.restoreBest || this.bestWeights.length === 0) return false;
    net.layers.forEach((layer, l) => {
      layer.weights.set(this.bestWeights[l]);
      layer.bias.set(this.bestBiases[l]);
    });
    return true;
  }
}
