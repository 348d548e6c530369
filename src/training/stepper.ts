import type { Network } from "../core/network";
import { optimizerOf, type TrainOptions } from "./train";
import { factor, num, weightedSum } from "../core/format";
import { isBatch } from "../core/checks";
import { addPenaltyGradient, penaltyOf } from "./regularization";
import type { Grads } from "../core/grads";
import type { Trace } from "../core/trace";

/** The training options that apply to one step (an optimizer object's state carries over between steppers). */
export type StepperOptions = Pick<TrainOptions, "loss" | "optimizer" | "learningRate" | "l1" | "l2" | "dropout" | "seed">;

/** One thing that happens in a training step, with a sentence that writes it out with its numbers. */
export type StepEvent =
  | { kind: "forward"; sample: number; layer: number; neuron: number; inputs: number[]; weights: number[]; bias: number; z: number; a: number; activation: string; kept: boolean; text: string }
  | { kind: "loss"; loss: number; lossName: string; outputs: number[][]; targets: number[][]; text: string }
  | { kind: "backward"; layer: number; neuron: number; da: number; dadz: number; dz: number; dw: number[]; db: number; text: string }
  | { kind: "update"; layer: number; neuron: number; parameter: "weight" | "bias"; input?: number; before: number; gradient: number; step: number; after: number; text: string }
  | { kind: "done"; lossBefore: number; lossAfter: number; text: string };

/**
 * Walks through one training step one event at a time: each neuron's forward
 * computation, the loss, each neuron's backward computation (output layer
 * first), then each parameter's update. The network changes at the first
 * "update" event.
 *
 * @example
 *   const step = stepper(net, [1, 0], [1], { learningRate: 0.5 });
 *   step.next();   // { kind: "forward", layer: 0, neuron: 0, z: …, text: "z = 0.5·1 + … = 0.6; a = tanh(0.6) = 0.537" }
 *   step.next();   // the next neuron …
 *   step.rest();   // every remaining event
 */
export function stepper(net: Network, x: readonly number[] | readonly (readonly number[])[], y: readonly number[] | readonly (readonly number[])[], options: StepperOptions = {}): Stepper {
  return new Stepper(events(net, x, y, options));
}

export class Stepper implements Iterable<StepEvent> {
  /** Every event so far, in order. */
  readonly events: StepEvent[] = [];
  private finished = false;

  constructor(private readonly source: Iterator<StepEvent>) {}

  /** The next event, or undefined when the step is complete. */
  next(): StepEvent | undefined {
    if (this.finished) return undefined;
    const result = this.source.next();
    if (result.done) {
      this.finished = true;
      return undefined;
    }
    this.events.push(result.value);
    return result.value;
  }

  /** True once every event has been taken. */
  get done(): boolean {
    return this.finished;
  }

  /** Takes every remaining event. */
  rest(): StepEvent[] {
    const taken: StepEvent[] = [];
    for (let e = this.next(); e !== undefined; e = this.next()) taken.push(e);
    return taken;
  }

  *[Symbol.iterator](): Iterator<StepEvent> {
    for (let e = this.next(); e !== undefined; e = this.next()) yield e;
  }
}

function* events(net: Network, x: readonly number[] | readonly (readonly number[])[], y: readonly number[] | readonly (readonly number[])[], options: StepperOptions): Generator<StepEvent> {
  const batch = isBatch(x);
  const xs = (batch ? x : [x]) as readonly (readonly number[])[];
  const ys = (batch ? y : [y]) as readonly (readonly number[])[];
  const lossFunction = net.lossFor(options.loss);
  const penalty = penaltyOf(options, "stepper");
  const optimizer = optimizerOf(options);
  const forwardOptions = { dropout: options.dropout, seed: options.seed };
  const batchTrace = batch ? net.forward(xs, forwardOptions) : undefined;
  const traces: Trace[] = batchTrace ? batchTrace.samples : [net.forward(xs[0], forwardOptions)];

  for (const [s, trace] of traces.entries()) {
    for (let l = 0; l < net.layers.length; l++) {
      for (let j = 0; j < net.layers[l].size; j++) {
        const n = trace.neuron(l, j);
        const dropped = n.kept ? "" : " — dropped by dropout, passes on 0";
        yield {
          kind: "forward", sample: s, layer: l, neuron: j, inputs: n.inputs, weights: n.weights, bias: n.bias, z: n.z, a: n.a,
          activation: n.activation, kept: n.kept,
          text: `${batch ? `Sample ${s}, l` : "L"}ayer ${l}, neuron ${j}: z = ${weightedSum(n.weights, n.inputs, n.bias)} = ${num(n.z)}; ` +
            `a = ${n.activation}(${num(n.z)}) = ${num(n.a)}${dropped}`,
        };
      }
    }
  }

  const grads: Grads = batchTrace ? net.backward(batchTrace, ys, lossFunction) : net.backward(traces[0], ys[0], lossFunction);
  const outputs = traces.map((t) => t.output);
  yield {
    kind: "loss", loss: grads.loss, lossName: lossFunction.name, outputs, targets: ys.map((r) => [...r]),
    text: `Loss (${lossFunction.title}): output ${outputs.map((o) => `[${o.map((v) => num(v)).join(", ")}]`).join(", ")} ` +
      `vs target ${ys.map((r) => `[${r.map((v) => num(v)).join(", ")}]`).join(", ")} → L = ${num(grads.loss)}`,
  };

  for (let l = net.layers.length - 1; l >= 0; l--) {
    for (let j = 0; j < net.layers[l].size; j++) {
      const g = grads.neuron(l, j);
      yield {
        kind: "backward", layer: l, neuron: j, da: g.da, dadz: g.dadz, dz: g.dz, dw: g.dw, db: g.db,
        text: `Layer ${l}, neuron ${j}: ∂L/∂a = ${num(g.da)}; ∂L/∂z = ∂L/∂a·f'(z) = ${factor(g.da)}·${factor(g.dadz)} = ${num(g.dz)}; ` +
          `∂L/∂w = [${g.dw.map((v) => num(v)).join(", ")}], ∂L/∂b = ${num(g.db)}`,
      };
    }
  }

  const lossBefore = grads.loss;
  addPenaltyGradient(net.layers, grads.buffers.dw, penalty);
  net.update(grads, optimizer);
  for (let l = 0; l < net.layers.length; l++) {
    const { size, inputs } = net.layers[l];
    for (let j = 0; j < size; j++) {
      for (let i = 0; i <= inputs; i++) {
        const bias = i === inputs;
        const state = optimizer.state(2 * l + (bias ? 1 : 0), bias ? j : j * inputs + i);
        const after = bias ? net.layers[l].bias[j] : net.layers[l].weights[j * inputs + i];
        const before = after - state.step;
        const name = bias ? `b` : `w${i}`;
        yield {
          kind: "update", layer: l, neuron: j, parameter: bias ? "bias" : "weight", ...(bias ? {} : { input: i }),
          before, gradient: state.gradient, step: state.step, after,
          text: optimizer.name === "sgd"
            ? `Layer ${l}, neuron ${j}: ${name} ← ${num(before)} − ${num(optimizer.learningRate)}·${factor(state.gradient)} = ${num(after)}`
            : `Layer ${l}, neuron ${j}: ${name} ← ${num(before)} + ${factor(state.step)} = ${num(after)} (${optimizer.name}, gradient ${num(state.gradient)})`,
        };
      }
    }
  }

  const lossAfter = batch ? net.loss(xs, ys, lossFunction) : net.loss([xs[0]], [ys[0]], lossFunction);
  yield {
    kind: "done", lossBefore, lossAfter,
    text: `Step done: the loss went from ${num(lossBefore)} to ${num(lossAfter)} on ${batch ? "this batch" : "this sample"} (without dropout).`,
  };
}
