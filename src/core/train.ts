import type { LossLike } from "./losses";
import type { Network } from "./network";
import type { Optimizer } from "./optimizers/optimizer";
import { optimizer as optimizerFrom, type OptimizerName } from "./optimizers";
import { dropoutRates, type DropoutLike } from "./dropout";
import { EarlyStopping, type EarlyStoppingOptions } from "./earlyStopping";
import { DivergenceError, NonFiniteError } from "./errors";
import { evaluate } from "./evaluate";
import { History, type EpochRecord } from "./history";
import { messages } from "./messages";
import { Pass } from "./pass";
import { backward, forward, gradBuffers } from "./propagate";
import { random } from "./random";
import { addPenaltyGradient, penaltyOf, penaltyValue } from "./regularization";
import { pack, type Samples } from "./samples";

export interface TrainOptions {
  /** How many passes over the training data (default 100). */
  epochs?: number;
  /** Samples per step: 1 = online SGD, the data size = full batch, anything between = mini-batch (default 32). */
  batchSize?: number;
  /** "mse", "bce", "ce" or a loss object (default: bce after sigmoid, ce after softmax, mse otherwise). */
  loss?: LossLike;
  /** An optimizer object, or a name with `learningRate` (default sgd). */
  optimizer?: Optimizer | OptimizerName;
  /** Learning rate when `optimizer` is a name (default: that optimizer's own default). */
  learningRate?: number;
  /** L1 penalty λ₁ Σ|w| (weights only). */
  l1?: number;
  /** L2 penalty (λ₂/2) Σw² (weights only). */
  l2?: number;
  /** Dropout rate for every hidden layer, or one per hidden layer. */
  dropout?: DropoutLike;
  /** Data to measure generalisation on after every epoch. */
  validation?: Samples;
  /** Stop when the validation loss stops improving: true, or { patience, minDelta, restoreBest }. */
  earlyStopping?: boolean | EarlyStoppingOptions;
  /** Seed for shuffling and dropout (default 1). */
  seed?: number;
  /** Shuffle the training samples every epoch (default true). */
  shuffle?: boolean;
  /** Called after every epoch with its record; return false to stop. */
  onEpoch?: (record: EpochRecord, net: Network) => void | boolean;
  /** Called after every optimizer step. */
  onStep?: (step: StepRecord, net: Network) => void;
}

/** What `onStep` receives. */
export interface StepRecord {
  readonly epoch: number;
  /** Steps so far, counting this one. */
  readonly step: number;
  /** Mean loss of this mini-batch (before the update). */
  readonly batchLoss: number;
  readonly batchSize: number;
}

/**
 * Trains a network on a data set with mini-batch gradient descent (or any
 * optimizer), and returns the History of every epoch.
 *
 * Syntax:
 *   train(net, data)
 *   train(net, data, { epochs, batchSize, loss, optimizer, learningRate, l1, l2,
 *                      dropout, validation, earlyStopping, seed, onEpoch, onStep })
 *
 * @example
 *   const net = mlp([2, 4, 1], { output: "sigmoid", seed: 3 });
 *   const history = train(net, xor(), { epochs: 300, optimizer: "adam", learningRate: 0.05 });
 *   history.last.trainAccuracy;   // 1
 */
export function train(net: Network, data: Samples, options: TrainOptions = {}): History {
  const epochs = positiveInteger(options.epochs ?? 100, "epochs");
  const loss = net.lossFor(options.loss);
  const trainSet = pack(data, net, loss, "training data");
  const validation = options.validation && pack(options.validation, net, loss, "validation data");
  const batchSize = Math.min(positiveInteger(options.batchSize ?? 32, "batchSize"), trainSet.count);
  const optimizer = typeof options.optimizer === "object" ? options.optimizer
    : optimizerFrom(options.optimizer ?? "sgd", options.learningRate === undefined ? {} : { learningRate: options.learningRate });
  const penalty = penaltyOf(options);
  const rng = random(options.seed ?? 1);
  const rates = dropoutRates(options.dropout, net.layers.length);
  const dropout = rates.some((p) => p > 0) ? { rates, rng: rng.fork() } : undefined;
  const stopping = options.earlyStopping ? new EarlyStopping(options.earlyStopping === true ? {} : options.earlyStopping) : undefined;

  const pass = new Pass(net.layers, batchSize, rates.map((p) => p > 0));
  const evalPass = new Pass(net.layers, Math.min(1024, Math.max(trainSet.count, validation?.count ?? 0)));
  const grads = gradBuffers(pass);
  const groups = net.paramGroups(grads);
  const order = Uint32Array.from({ length: trainSet.count }, (_, s) => s);
  const history = new History(loss.name, validation !== undefined);
  const { inputs, outputs } = net;
  let steps = 0;

  const record = (epoch: number, batchLoss: number): EpochRecord => {
    const t = evaluate(evalPass, trainSet, loss);
    const v = validation && evaluate(evalPass, validation, loss);
    const classify = loss.name === "bce" || loss.name === "ce";
    return {
      epoch,
      trainLoss: t.loss,
      ...(v ? { valLoss: v.loss } : {}),
      ...(classify ? { trainAccuracy: t.accuracy } : {}),
      ...(classify && v ? { valAccuracy: v.accuracy } : {}),
      penalty: penaltyValue(net.layers, penalty),
      learningRate: optimizer.learningRate,
      batchLoss,
      steps,
    };
  };

  const diverged = (epoch: number, reason: string, cause?: Error): DivergenceError =>
    new DivergenceError(messages.diverged(epoch, steps, reason, optimizer.name, optimizer.learningRate), epoch, steps, history, cause);

  history.epochs.push(record(0, NaN));
  const startLoss = history.epochs[0].trainLoss;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    if (options.shuffle !== false) rng.shuffleIndices(order);
    let lossSum = 0;
    try {
      for (let start = 0; start < trainSet.count; start += batchSize) {
        const count = Math.min(batchSize, trainSet.count - start);
        for (let s = 0; s < count; s++) {
          const row = order[start + s];
          pass.x.set(trainSet.x.subarray(row * inputs, (row + 1) * inputs), s * inputs);
          pass.y.set(trainSet.y.subarray(row * outputs, (row + 1) * outputs), s * outputs);
        }
        forward(pass, count, dropout);
        const batchLoss = backward(pass, count, loss, grads);
        addPenaltyGradient(net.layers, grads.dw, penalty);
        optimizer.step(groups);
        steps++;
        lossSum += batchLoss * count;
        options.onStep?.({ epoch, step: steps, batchLoss, batchSize: count }, net);
      }
      const entry = record(epoch, lossSum / trainSet.count);
      history.epochs.push(entry);
      if (!(entry.trainLoss <= EXPLOSION * Math.max(startLoss, 1e-3))) {
        throw diverged(epoch, messages.exploded(entry.trainLoss, startLoss));
      }
    } catch (error) {
      if (error instanceof NonFiniteError) throw diverged(epoch, error.message, error);
      throw error;
    }
    const last = history.last;
    if (options.onEpoch?.(last, net) === false) break;
    if (stopping?.update(last, net)) {
      history.stoppedEpoch = epoch;
      history.restoredBest = stopping.restore(net);
      break;
    }
  }
  return history;
}

/** A training loss this many times the starting loss counts as diverged. */
const EXPLOSION = 1e4;

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(messages.option("train", name, "a positive integer", value));
  return value;
}
