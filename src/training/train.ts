import type { LossLike } from "../core/losses";
import type { Network } from "../core/network";
import type { Optimizer } from "./optimizers/optimizer";
import { optimizer as optimizerFrom, type OptimizerName } from "./optimizers";
import { dropoutRates, type DropoutLike } from "../core/dropout";
import { EarlyStopping, type EarlyStoppingOptions } from "./earlyStopping";
import { NonFiniteError } from "../core/errors";
import { positiveInteger } from "../core/options";
import { DivergenceError } from "./errors";
import { evaluate } from "./evaluate";
import { History, type EpochRecord } from "./history";
import { messages } from "./messages";
import { Pass } from "../core/pass";
import { backward, gradBuffers } from "../core/backward";
import { forward } from "../core/forward";
import { random } from "../core/random";
import { addPenaltyGradient, penaltyOf, penaltyValue } from "./regularization";
import { pack, type Samples } from "./samples";
import { TrainingTrace } from "./trainingTrace";
import { isCorrect } from "./accuracy";

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
  /**
   * Measure the training set in evaluation mode after every epoch (default true).
   * With false, no extra pass is made: trainLoss and trainAccuracy are then the
   * means over the epoch's mini-batches as the optimizer saw them (training
   * mode, weights changing during the epoch), as many libraries report them,
   * and NaN for epoch 0 (the untrained network is not measured). The
   * validation set, when given, is still measured every epoch.
   */
  evaluate?: boolean;
  /** Record every neuron's z, a and dz for every training sample (history.trace, the latest epoch). */
  trace?: boolean;
  /** Called after every epoch with its record; return false to stop. */
  onEpoch?: (record: EpochRecord, net: Network, trace?: TrainingTrace) => void | boolean;
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
  const epochs = positiveInteger("train", "epochs", options.epochs ?? 100);
  const loss = net.lossFor(options.loss);
  const output = net.layers[net.layers.length - 1];
  if (output.activation.vector && output.size === 1) throw new Error(messages.softmaxSingleOutput());
  const trainSet = pack(data, net, loss, "training data");
  const validation = options.validation && pack(options.validation, net, loss, "validation data");
  const batchSize = Math.min(positiveInteger("train", "batchSize", options.batchSize ?? 32), trainSet.count);
  const optimizer = optimizerOf(options);
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
  const recorder = options.trace ? (history.trace = new TrainingTrace(net.layers, trainSet.count)) : undefined;
  const evaluateTrain = options.evaluate !== false;
  const classify = loss.name === "bce" || loss.name === "ce" || isClassLabels(trainSet.y);
  const { inputs, outputs } = net;
  let steps = 0;

  const record = (epoch: number, batchLoss: number, batchAccuracy: number): EpochRecord => {
    const t = evaluateTrain ? evaluate(evalPass, trainSet, loss) : { loss: batchLoss, accuracy: batchAccuracy };
    const v = validation && evaluate(evalPass, validation, loss);
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

  history.epochs.push(record(0, NaN, NaN));
  // Without evaluation epoch 0 has no training loss (NaN): the first epoch's mini-batch loss is the baseline.
  let startLoss = history.epochs[0].trainLoss;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    if (options.shuffle !== false) rng.shuffleIndices(order);
    let lossSum = 0, correct = 0;
    try {
      for (let start = 0; start < trainSet.count; start += batchSize) {
        const count = Math.min(batchSize, trainSet.count - start);
        gather(trainSet.x, pass.x, order, start, count, inputs);
        gather(trainSet.y, pass.y, order, start, count, outputs);
        forward(pass, count, dropout);
        const batchLoss = backward(pass, count, loss, grads, false);
        addPenaltyGradient(net.layers, grads.dw, penalty);
        optimizer.step(groups);
        steps++;
        lossSum += batchLoss * count;
        if (recorder) recorder.record(pass, count, order, start);
        if (!evaluateTrain && classify) correct += countCorrect(pass, count);
        options.onStep?.({ epoch, step: steps, batchLoss, batchSize: count }, net);
      }
      if (recorder) recorder.epoch = epoch;
      const entry = record(epoch, lossSum / trainSet.count, correct / trainSet.count);
      history.epochs.push(entry);
      if (Number.isNaN(startLoss)) startLoss = entry.trainLoss;
      if (!(entry.trainLoss <= EXPLOSION * Math.max(startLoss, 1e-3))) {
        throw diverged(epoch, messages.exploded(entry.trainLoss, startLoss));
      }
    } catch (error) {
      if (error instanceof NonFiniteError) throw diverged(epoch, error.message, error);
      throw error;
    }
    const last = history.last;
    if (options.onEpoch?.(last, net, recorder) === false) break;
    if (stopping?.update(last, net)) {
      history.stoppedEpoch = epoch;
      history.restoredBest = stopping.restore(net);
      break;
    }
  }
  return history;
}

/** True when every target is 0 or 1 (class labels, one-hot or a single 0/1), so accuracy means something whatever the loss. */
function isClassLabels(y: Float64Array): boolean {
  for (let k = 0; k < y.length; k++) if (y[k] !== 0 && y[k] !== 1) return false;
  return true;
}

/** The optimizer the options ask for: the object given, or one made from its name and learningRate (default sgd). */
export function optimizerOf(options: Pick<TrainOptions, "optimizer" | "learningRate">): Optimizer {
  if (typeof options.optimizer === "object") return options.optimizer;
  return optimizerFrom(options.optimizer ?? "sgd", options.learningRate === undefined ? {} : { learningRate: options.learningRate });
}

/** Copies rows order[start … start + count − 1] of `from` into rows 0 … count − 1 of `to`. */
function gather(from: Float64Array, to: Float64Array, order: Uint32Array, start: number, count: number, width: number): void {
  for (let s = 0; s < count; s++) {
    const src = order[start + s] * width, dst = s * width;
    for (let i = 0; i < width; i++) to[dst + i] = from[src + i];
  }
}

/** How many samples of a forward pass (rows of `pass`) are classified right. */
function countCorrect(pass: Pass, count: number): number {
  const last = pass.layers.length - 1;
  const width = pass.layers[last].size;
  let correct = 0;
  for (let s = 0; s < count; s++) if (isCorrect(pass.a[last], pass.y, s * width, width)) correct++;
  return correct;
}

/** A training loss this many times the starting loss counts as diverged. */
const EXPLOSION = 1e4;
