import { sigmoidOf } from "../core/activations/sigmoid";
import { messages } from "./messages";

/**
 * A scalar in a computational graph: its value (`data`), the operation that
 * made it (`op`), that operation's inputs (`children`), and, after
 * `backward()`, the derivative of the final output with respect to it (`grad`).
 *
 * This is reverse-mode automatic differentiation one number at a time, in the
 * style of Andrej Karpathy's micrograd: every operation knows its local
 * derivative, and `backward()` applies the chain rule from the output back to
 * the inputs. It is slow on purpose and easy to read, which makes it a good
 * lesson and an independent check of a network's hand-written gradients.
 *
 * @example
 *   const a = value(2, "a");
 *   const b = value(-3, "b");
 *   const c = value(10, "c");
 *   const f = a.mul(b).add(c).tanh(); // tanh(2·(−3) + 10) = tanh(4)
 *   f.backward();
 *   a.grad; // (1 − tanh²(4)) · b = −3 · (1 − tanh²(4))
 *   c.grad; // 1 − tanh²(4)
 */
export class Value {
  /** The number this node holds. */
  data: number;
  /** ∂(output)/∂(this node), filled in by `backward()` on the output. */
  grad = 0;
  /** The operation that made this node: "" for a leaf (an input or a weight), else "+", "*", "tanh", … */
  op = "";
  /** The inputs of `op` (empty for a leaf). A node used twice appears twice. */
  children: readonly Value[] = [];
  /** An optional name to show in drawings and printouts, e.g. "w1". */
  label?: string;

  /** Adds this node's share of the gradient to its children's grads (the chain rule, one step). */
  private backwardStep: () => void = () => {};

  constructor(data: number, label?: string) {
    this.data = data;
    if (label !== undefined) this.label = label;
  }

  /** A new node holding `data`, made by `op` from `children`. The caller sets its backward step. */
  private static result(data: number, op: string, children: readonly Value[]): Value {
    const out = new Value(data);
    out.op = op;
    out.children = children;
    return out;
  }

  /** a + b.  ∂/∂a = 1, ∂/∂b = 1. */
  add(other: Value | number): Value {
    const that = toValue(other);
    const out = Value.result(this.data + that.data, "+", [this, that]);
    out.backwardStep = () => {
      this.grad += out.grad;
      that.grad += out.grad;
    };
    return out;
  }

  /** a − b.  ∂/∂a = 1, ∂/∂b = −1. */
  sub(other: Value | number): Value {
    const that = toValue(other);
    const out = Value.result(this.data - that.data, "-", [this, that]);
    out.backwardStep = () => {
      this.grad += out.grad;
      that.grad -= out.grad;
    };
    return out;
  }

  /** a · b.  ∂/∂a = b, ∂/∂b = a. */
  mul(other: Value | number): Value {
    const that = toValue(other);
    const out = Value.result(this.data * that.data, "*", [this, that]);
    out.backwardStep = () => {
      this.grad += that.data * out.grad;
      that.grad += this.data * out.grad;
    };
    return out;
  }

  /** a / b.  ∂/∂a = 1/b, ∂/∂b = −a/b². Dividing by 0 gives ±Infinity or NaN, as for numbers. */
  div(other: Value | number): Value {
    const that = toValue(other);
    const out = Value.result(this.data / that.data, "/", [this, that]);
    out.backwardStep = () => {
      this.grad += out.grad / that.data;
      that.grad -= (this.data / (that.data * that.data)) * out.grad;
    };
    return out;
  }

  /**
   * xⁿ for a constant n.  d/dx = n·xⁿ⁻¹.
   * Throws for a negative x with a non-integer n (not a real number).
   */
  pow(exponent: number): Value {
    const x = this.data;
    if (x < 0 && !Number.isInteger(exponent)) {
      throw new Error(messages.negativePower(x, exponent, named(this)));
    }
    const out = Value.result(x ** exponent, "**", [this]);
    out.backwardStep = () => {
      // x⁰ is constant; without this case 0 · 0⁻¹ would give NaN at x = 0.
      const local = exponent === 0 ? 0 : exponent * x ** (exponent - 1);
      this.grad += local * out.grad;
    };
    return out;
  }

  /** x², as `pow(2)`. */
  square(): Value {
    return this.pow(2);
  }

  /** −x.  d/dx = −1. */
  neg(): Value {
    const out = Value.result(-this.data, "neg", [this]);
    out.backwardStep = () => {
      this.grad -= out.grad;
    };
    return out;
  }

  /** eˣ.  d/dx = eˣ (the output itself). */
  exp(): Value {
    const out = Value.result(Math.exp(this.data), "exp", [this]);
    out.backwardStep = () => {
      this.grad += out.data * out.grad;
    };
    return out;
  }

  /** ln x.  d/dx = 1/x. Throws unless x > 0. */
  log(): Value {
    const x = this.data;
    if (!(x > 0)) {
      throw new Error(messages.logNotPositive(x, named(this)));
    }
    const out = Value.result(Math.log(x), "log", [this]);
    out.backwardStep = () => {
      this.grad += out.grad / x;
    };
    return out;
  }

  /** tanh x.  d/dx = 1 − tanh² x. */
  tanh(): Value {
    const t = Math.tanh(this.data);
    const out = Value.result(t, "tanh", [this]);
    out.backwardStep = () => {
      this.grad += (1 - t * t) * out.grad;
    };
    return out;
  }

  /**
   * σ(x) = 1 / (1 + e⁻ˣ).  d/dx = σ(x)·σ(−x), which equals σ(x)(1 − σ(x)) but
   * keeps its precision when σ(x) is close to 1.
   */
  sigmoid(): Value {
    const x = this.data;
    const s = sigmoidOf(x);
    const out = Value.result(s, "sigmoid", [this]);
    out.backwardStep = () => {
      this.grad += s * sigmoidOf(-x) * out.grad;
    };
    return out;
  }

  /** max(0, x).  d/dx = 1 for x > 0, else 0. */
  relu(): Value {
    const x = this.data;
    const out = Value.result(x > 0 ? x : 0, "relu", [this]);
    out.backwardStep = () => {
      this.grad += (x > 0 ? 1 : 0) * out.grad;
    };
    return out;
  }

  /** x for x > 0, else slope·x.  d/dx = 1 for x > 0, else slope. */
  leakyRelu(slope = 0.01): Value {
    const x = this.data;
    const out = Value.result(x > 0 ? x : slope * x, "leakyRelu", [this]);
    out.backwardStep = () => {
      this.grad += (x > 0 ? 1 : slope) * out.grad;
    };
    return out;
  }

  /** |x|.  d/dx = sign(x) (0 at x = 0). */
  abs(): Value {
    const x = this.data;
    const out = Value.result(Math.abs(x), "abs", [this]);
    out.backwardStep = () => {
      this.grad += Math.sign(x) * out.grad;
    };
    return out;
  }

  /**
   * The sum of `values` as one "+" node with all of them as children.
   * The sum of no values is 0.
   *
   * @example
   *   const a = value(1), b = value(2);
   *   const s = Value.sum([a, b, a]); // 4; s.children = [a, b, a]
   *   s.backward();                    // a.grad = 2, b.grad = 1
   */
  static sum(values: readonly Value[]): Value {
    let total = 0;
    for (const v of values) total += v.data;
    const out = Value.result(total, "+", [...values]);
    out.backwardStep = () => {
      for (const v of out.children) v.grad += out.grad;
    };
    return out;
  }

  /**
   * The dot product Σᵢ aᵢ·bᵢ: a weighted sum, the heart of a neuron.
   *
   * @example
   *   const w = [value(0.5), value(-1)];
   *   const x = [value(2), value(3)];
   *   Value.dot(w, x).data; // 0.5·2 + (−1)·3 = −2
   */
  static dot(a: readonly Value[], b: readonly Value[]): Value {
    if (a.length !== b.length) throw new Error(messages.dotLengths(a.length, b.length));
    return Value.sum(a.map((ai, i) => ai.mul(b[i])));
  }

  /**
   * Every node of the graph that ends here, in topological order: each node
   * comes after all of its children (inputs first, this node last).
   * Iterative, so a graph 100 000 nodes deep does not overflow the stack.
   *
   * @example
   *   const a = value(2), b = value(3);
   *   const c = a.mul(b);
   *   c.nodes(); // [a, b, c]
   */
  nodes(): Value[] {
    const order: Value[] = [];
    const seen = new Set<Value>([this]);
    // A depth-first search with an explicit stack: each entry is a node and
    // the index of the next child to visit. A node is finished (and added to
    // `order`) once all of its children are.
    const stack: { node: Value; next: number }[] = [{ node: this, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next < top.node.children.length) {
        const child = top.node.children[top.next++];
        if (!seen.has(child)) {
          seen.add(child);
          stack.push({ node: child, next: 0 });
        }
      } else {
        order.push(top.node);
        stack.pop();
      }
    }
    return order;
  }

  /**
   * Backpropagation: sets this.grad = 1 (∂this/∂this) and applies the chain
   * rule to every node below, from this node back to the inputs.
   *
   * Gradients accumulate, as in PyTorch: each call ADDS ∂this/∂leaf to every
   * leaf's grad (so calling it twice doubles the leaves' grads, and the grads
   * of several outputs can be summed by calling it on each). The grads of the
   * intermediate nodes are recomputed from zero on each call. Call
   * `zeroGrad()` first for a fresh start.
   *
   * @example
   *   const x = value(3);
   *   const y = x.mul(x);  // x²
   *   y.backward();        // x.grad = 6
   *   y.backward();        // x.grad = 12: accumulated
   *   y.zeroGrad();
   *   y.backward();        // x.grad = 6 again
   */
  backward(): void {
    const order = this.nodes();
    for (const node of order) if (node.children.length > 0) node.grad = 0;
    this.grad = 1;
    for (let i = order.length - 1; i >= 0; i--) order[i].backwardStep();
  }

  /**
   * Sets grad = 0 on this node and every node below it.
   *
   * @example
   *   loss.zeroGrad();
   *   loss.backward();
   */
  zeroGrad(): void {
    for (const node of this.nodes()) node.grad = 0;
  }

  /** E.g. `Value(data=0.5, grad=1)`, with `, label=w1` at the end when labelled. */
  toString(): string {
    const label = this.label === undefined ? "" : `, label=${this.label}`;
    return `Value(data=${this.data}, grad=${this.grad}${label})`;
  }

  /** What `console.log` and Node's `util.inspect` show: the same as `toString()`. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }
}

/**
 * A new leaf node: an input or a parameter.
 *
 * @example
 *   const w = value(0.5, "w");
 *   w.mul(2).data; // 1
 */
export function value(data: number, label?: string): Value {
  return new Value(data, label);
}

function toValue(x: Value | number): Value {
  return x instanceof Value ? x : new Value(x);
}

/** ` (label "w1")` for a labelled node, for error messages. */
function named(v: Value): string {
  return v.label === undefined ? "" : ` (label "${v.label}")`;
}
