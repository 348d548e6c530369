import type { Optimizer, ParamGroup, ParamState } from "./optimizer";

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
    if (reserved.includes(slot)) throw new Error(`${rule.name}: the slot name "${slot}" is taken by state(); pick another`);
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
    if (this.steps === 0) throw new Error(`${where}: no step taken yet (t = 0)`);
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
    const where = `${this.name}.step(groups)`;
    groups.forEach(({ name, values, grads }, k) => {
      if (grads.length !== values.length) {
        throw new Error(`${where}: group ${k} ("${name}") has ${values.length} values but ${grads.length} grads`);
      }
    });
    if (!this.memory) return (this.memory = groups.map(({ values }) => this.allocate(values.length)));
    const memory = this.memory;
    if (groups.length !== memory.length) {
      throw new Error(`${where}: expected ${memory.length} groups (as on the first step), got ${groups.length}`);
    }
    groups.forEach(({ name, values }, k) => {
      const expected = memory[k].gradient.length;
      if (values.length !== expected) {
        throw new Error(
          `${where}: group ${k} ("${name}") expected size ${expected} (as on the first step), got ${values.length}`,
        );
      }
    });
    return memory;
  }

  private allocate(n: number): GroupMemory<S> {
    const slots = {} as Record<S, Float64Array>;
    for (const slot of this.rule.slots) slots[slot] = new Float64Array(n);
    return { gradient: new Float64Array(n), step: new Float64Array(n), slots };
  }

  private group(group: number, where: string): GroupMemory<S> {
    if (!this.memory) throw new Error(`${where}: no step taken yet, so there is no state`);
    checkIndex(group, this.memory.length, "group", where);
    return this.memory[group];
  }
}

function checkIndex(value: number, length: number, what: string, where: string): void {
  if (!Number.isInteger(value) || value < 0 || value >= length) {
    throw new Error(`${where}: ${what} must be an integer in [0, ${length}), got ${show(value)}`);
  }
}

function checkPositive(value: unknown, key: string, where: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new Error(`${where}: ${key} must be a finite number > 0, got ${show(value)}`);
  }
  return value;
}

/**
 * Checks that `options` is an object with no keys but `known` (catches `sgd(0.1)`
 * and typos such as `{ lr: 0.1 }`).
 */
export function checkOptions(fn: string, options: unknown, known: readonly string[]): void {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new Error(`${fn}(options): options must be an object like { learningRate: 0.1 }, got ${show(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new Error(`${fn}({ ${key} }): unknown option "${key}". Expected one of: ${known.join(", ")}`);
    }
  }
}

/** `value` if it is a finite number > 0 (learningRate, epsilon); throws otherwise. */
export function positiveOption(fn: string, key: string, value: unknown): number {
  return checkPositive(value, key, `${fn}({ ${key} })`);
}

/** `value` if it is a number in [0, 1) (a decay rate such as β or ρ); throws otherwise. */
export function fractionOption(fn: string, key: string, value: unknown): number {
  if (typeof value !== "number" || !(value >= 0 && value < 1)) {
    throw new Error(`${fn}({ ${key} }): ${key} must be in [0, 1), got ${show(value)}`);
  }
  return value;
}

/** `value` if it is true or false; throws otherwise. */
export function booleanOption(fn: string, key: string, value: unknown): boolean {
  if (typeof value !== "boolean") throw new Error(`${fn}({ ${key} }): ${key} must be true or false, got ${show(value)}`);
  return value;
}

/** A value as it should appear in an error message: strings quoted, everything else as String() shows it. */
export function show(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
