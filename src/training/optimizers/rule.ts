import type { Optimizer, ParamGroup, ParamState } from "./optimizer";
import { messages } from "../messages";

/**
 * What makes one optimizer different from another: how it turns a group's
 * gradients g into steps Δw (updating its own per-parameter slots on the way).
 * `fromRule` adds the bookkeeping every optimizer shares: lazy allocation of the
 * slots, size checks, w ← w + Δw, t, `state()`, `slots()` and `reset()`.
 */
export interface UpdateRule<S extends string> {
  /** The optimizer's name, e.g. "adam". */
  readonly name: string;
  /** The update rule in LaTeX. */
  readonly latex: string;
  /** The names of the per-parameter state arrays, e.g. ["m", "v"]. */
  readonly slots: readonly S[];
  /**
   * Fills `step` with Δw for every parameter of one group, from its gradients `g`
   * and the learning rate η, updating the slots in place. `t` is the step number
   * (1 on the first step).
   */
  update(g: Float64Array, step: Float64Array, slots: Record<S, Float64Array>, learningRate: number, t: number): void;
  /** Extra numbers for `state()` computed from one parameter's slots (e.g. Adam's m̂, v̂). */
  derived?(slots: Record<S, number>, t: number): Record<string, number>;
}

/** An optimizer's memory of one group, allocated on the first step. */
interface GroupMemory<S extends string> {
  /** g of the last step, per parameter. */
  readonly gradient: Float64Array;
  /** Δw of the last step, per parameter. */
  readonly step: Float64Array;
  readonly slots: Record<S, Float64Array>;
}

const reserved: readonly string[] = ["gradient", "step", "effectiveLearningRate"];

/**
 * Makes an Optimizer from an update rule. The built-in optimizers are made this
 * way; so can a lesson's own.
 *
 * Syntax:
 *   fromRule(rule, learningRate)
 *
 * @example
 *   const signSgd = fromRule({
 *     name: "signSgd",
 *     latex: "w \\leftarrow w - \\eta \\operatorname{sign}(g)",
 *     slots: [],
 *     update(g, step, _slots, eta) {
 *       for (let i = 0; i < g.length; i++) step[i] = -eta * Math.sign(g[i]);
 *     },
 *   }, 0.01);
 */
export function fromRule<S extends string>(rule: UpdateRule<S>, learningRate: number): Optimizer {
  for (const slot of rule.slots) {
    if (reserved.includes(slot)) throw new Error(messages.reservedSlot(rule.name, slot));
  }
  return new RuleOptimizer(rule, learningRate);
}

class RuleOptimizer<S extends string> implements Optimizer {
  readonly name: string;
  readonly latex: string;
  private eta = 0;
  private steps = 0;
  private memory: GroupMemory<S>[] | undefined;

  constructor(private readonly rule: UpdateRule<S>, learningRate: number) {
    this.name = rule.name;
    this.latex = rule.latex;
    this.eta = checkPositive(learningRate, "learningRate", `${rule.name}({ learningRate })`);
  }

  get learningRate(): number {
    return this.eta;
  }

  set learningRate(value: number) {
    this.eta = checkPositive(value, "learningRate", `${this.name}.learningRate`);
  }

  get t(): number {
    return this.steps;
  }

  step(groups: readonly ParamGroup[]): void {
    const memory = this.checkLayout(groups);
    const t = ++this.steps;
    for (let k = 0; k < groups.length; k++) {
      const { values, grads } = groups[k];
      const { gradient, step, slots } = memory[k];
      gradient.set(grads);
      this.rule.update(grads, step, slots, this.eta, t);
      for (let i = 0; i < values.length; i++) values[i] += step[i];
    }
  }

  state(group: number, index: number): ParamState {
    const where = `${this.name}.state(${group}, ${index})`;
    const { gradient, step, slots } = this.group(group, where);
    if (this.steps === 0) throw new Error(messages.noStepYet(where));
    checkIndex(index, gradient.length, "index", where);
    const g = gradient[index];
    const dw = step[index];
    const mine = {} as Record<S, number>;
    for (const slot of this.rule.slots) mine[slot] = slots[slot][index];
    return {
      gradient: g,
      step: dw,
      effectiveLearningRate: g === 0 ? NaN : Math.abs(dw) / Math.abs(g),
      ...mine,
      ...this.rule.derived?.(mine, this.steps),
    };
  }

  slots(group: number): Record<string, Float64Array> {
    return { ...this.group(group, `${this.name}.slots(${group})`).slots };
  }

  reset(): void {
    this.steps = 0;
    for (const { gradient, step, slots } of this.memory ?? []) {
      gradient.fill(0);
      step.fill(0);
      for (const slot of this.rule.slots) slots[slot].fill(0);
    }
  }

  /** The memory for `groups`, allocated on the first step; throws if the layout changed since. */
  private checkLayout(groups: readonly ParamGroup[]): GroupMemory<S>[] {
    for (let k = 0; k < groups.length; k++) {
      const { name, values, grads } = groups[k];
      if (grads.length !== values.length) throw new Error(messages.groupSize(`${this.name}.step(groups)`, k, name, values.length, grads.length));
    }
    if (!this.memory) return (this.memory = groups.map(({ values }) => this.allocate(values.length)));
    const memory = this.memory;
    if (groups.length !== memory.length) throw new Error(messages.groupCount(`${this.name}.step(groups)`, memory.length, groups.length));
    for (let k = 0; k < groups.length; k++) {
      const { name, values } = groups[k], expected = memory[k].gradient.length;
      if (values.length !== expected) throw new Error(messages.groupLayout(`${this.name}.step(groups)`, k, name, expected, values.length));
    }
    return memory;
  }

  private allocate(n: number): GroupMemory<S> {
    const slots = {} as Record<S, Float64Array>;
    for (const slot of this.rule.slots) slots[slot] = new Float64Array(n);
    return { gradient: new Float64Array(n), step: new Float64Array(n), slots };
  }

  private group(group: number, where: string): GroupMemory<S> {
    if (!this.memory) throw new Error(messages.noState(where));
    checkIndex(group, this.memory.length, "group", where);
    return this.memory[group];
  }
}

function checkIndex(value: number, length: number, what: string, where: string): void {
  if (!Number.isInteger(value) || value < 0 || value >= length) throw new Error(messages.index(where, what, length, value));
}

function checkPositive(value: unknown, key: string, where: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) throw new Error(messages.positive(where, key, value));
  return value;
}
