import { Activations, isActivationName, type Grads, type Trace } from "../core";
import { factor, num, tex } from "../core/format";
import { JUPYTER_DISPLAY, MIME, type Bundle, type MimeData } from "../jupyter/display";
import { messages } from "./messages";

export interface ExplainOptions {
  /** The layer to explain (0 = first hidden layer). Without `neuron`: a table of every neuron in it. */
  layer?: number;
  /** The neuron to write out, forward and backward. */
  neuron?: number;
  /** A backward pass of the same trace, for dz, dw and db. */
  grads?: Grads;
  /** Significant digits shown (default 4). */
  digits?: number;
}

/**
 * A computation written out with its actual numbers: Markdown with LaTeX for
 * the notebook, plain text for consoles and logs.
 */
export class Explanation {
  constructor(
    /** A title line, e.g. "Neuron 0 of layer 0 (tanh)". */
    readonly title: string,
    readonly markdown: string,
    readonly text: string,
  ) {}

  toBundle(): Bundle {
    return { data: { [MIME.markdown]: this.markdown, [MIME.text]: this.text }, metadata: {} };
  }

  summary(): string {
    return this.text;
  }

  toString(): string {
    return this.text;
  }

  /** Shown as a cell's last expression: the Markdown with LaTeX, and the text. */
  [JUPYTER_DISPLAY](): MimeData {
    return this.toBundle().data;
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.summary();
  }
}

/**
 * Writes out what the network computed, with the actual numbers:
 * one neuron's forward pass (z = Σ wᵢ·xᵢ + b, a = f(z)) and, with grads, its
 * backward pass (dz = da·f′(z), dwᵢ = dz·xᵢ, db = dz); or a table of every
 * neuron's z, a and dz for a layer, or for every layer.
 *
 * Syntax:
 *   explain(trace)                                  // tables of every layer
 *   explain(trace, { layer, grads })                // one layer's table
 *   explain(trace, { layer, neuron, grads, digits }) // one neuron, written out
 *
 * @example
 *   const net = mlp([2, 1], { output: "sigmoid", init: { weights: [[[0.5, -0.25]]], biases: [[0.1]] } });
 *   const trace = net.forward([1, 2]);
 *   explain(trace, { layer: 0, neuron: 0 }).text;
 *   // z = 0.5·1 + (−0.25)·2 + 0.1 = 0.1 …
 */
export function explain(trace: Trace, options: ExplainOptions = {}): Explanation {
  const { layer, neuron, grads, digits = 4 } = options;
  if (!Number.isInteger(digits) || digits < 1 || digits > 100) throw new RangeError(messages.option("explain(trace, { digits })", "digits", "an integer from 1 to 100", digits));
  if (neuron !== undefined) {
    if (layer === undefined) throw new Error(messages.neuronWithoutLayer());
    return explainNeuron(trace, layer, neuron, grads, digits);
  }
  if (layer !== undefined) {
    const table = layerTable(trace, trace.neuron(layer, 0).layer, grads, digits);
    return new Explanation(table.title, table.markdown, table.text);
  }
  const parts = trace.layers.map((_, l) => layerTable(trace, l, grads, digits));
  const title = `Every layer's z, a${grads ? " and dz" : ""} for input [${trace.input.map((v) => num(v, digits)).join(", ")}]`;
  return new Explanation(title, [`**${title}**`, ...parts.map((p) => p.markdown)].join("\n\n"), [title, ...parts.map((p) => p.text)].join("\n\n"));
}

function layerName(trace: Trace, l: number): string {
  return l === trace.layers.length - 1 ? `output layer (layer ${l})` : `layer ${l}`;
}

function layerTable(trace: Trace, l: number, grads: Grads | undefined, digits: number): { title: string; markdown: string; text: string } {
  const t = trace.layers[l];
  const g = grads?.layers[l];
  const title = `${layerName(trace, l)[0].toUpperCase()}${layerName(trace, l).slice(1)}: ${t.activation}${t.dropout ? `, dropout ${t.dropout}` : ""}`;
  const head = ["neuron", "z", "a", ...(t.mask ? ["kept"] : []), ...(g ? ["dz"] : [])];
  const rows = t.z.map((z, j) => [String(j), num(z, digits), num(t.a[j], digits), ...(t.mask ? [t.mask[j] ? "yes" : "dropped"] : []), ...(g ? [num(g.dz[j], digits)] : [])]);
  const markdown = [`*${title}*`, "", `| ${head.join(" | ")} |`, `| ${head.map(() => "---:").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padStart(widths[c])).join("  ");
  return { title, markdown, text: [title, line(head), ...rows.map(line)].join("\n") };
}

function explainNeuron(trace: Trace, l: number, j: number, grads: Grads | undefined, digits: number): Explanation {
  const n = trace.neuron(l, j);
  const { tex: fTex, text: fText } = isActivationName(n.activation) ? Activations[n.activation].symbol : { tex: "f", text: "f" };
  const title = `Neuron ${j} of ${layerName(trace, l)} (${n.activation})`;
  const md: string[] = [`**${title}**`, "", "Forward pass:"];
  const txt: string[] = [title, "Forward:"];
  const shown = n.weights.length <= 6 ? n.weights.map((_, i) => i) : [0, 1, 2, n.weights.length - 1];
  const termsTex = shown.map((i) => `${factor(n.weights[i], digits, true)} \\cdot ${factor(n.inputs[i], digits, true)}`);
  const termsText = shown.map((i) => `${factor(n.weights[i], digits)}·${factor(n.inputs[i], digits)}`);
  if (shown.length < n.weights.length) { termsTex.splice(3, 0, "\\dots"); termsText.splice(3, 0, "…"); }
  const x = l === 0 ? "x" : `a^{(${l - 1})}`;
  md.push(`$$z = \\sum_i w_i\\,${x}_i + b = ${termsTex.join(" + ")} + ${factor(n.bias, digits, true)} = ${tex(n.z, digits)}$$`);
  txt.push(`  z = Σ wᵢ·xᵢ + b = ${termsText.join(" + ")} + ${factor(n.bias, digits)} = ${num(n.z, digits)}`);
  if (n.activation === "linear") {
    md.push(`$$a = z = ${tex(n.a, digits)}$$`);
    txt.push(`  a = z = ${num(n.a, digits)}`);
  } else if (n.activation === "softmax") {
    md.push(`$$a = \\operatorname{softmax}(z)_{${j}} = \\frac{e^{z_{${j}}}}{\\sum_k e^{z_k}} = ${tex(n.a, digits)}$$`);
    txt.push(`  a = softmax(z)_${j} = e^z${j} / Σₖ e^zₖ = ${num(n.a, digits)}`);
  } else {
    md.push(`$$a = ${fTex}(z) = ${fTex}(${tex(n.z, digits)}) = ${tex(n.a, digits)}$$`);
    txt.push(`  a = ${fText}(z) = ${fText}(${num(n.z, digits)}) = ${num(n.a, digits)}`);
  }
  if (!n.kept) {
    md.push(`Dropout switched this neuron off in this pass: it passes on $0$.`);
    txt.push(`  dropped by dropout: passes on 0`);
  } else if (trace.layers[l].dropout > 0) {
    const p = trace.layers[l].dropout;
    md.push(`Kept by dropout ($p = ${p}$): it passes on $a / (1 - p) = ${tex(n.out, digits)}$.`);
    txt.push(`  kept by dropout (p = ${p}): passes on a/(1 − p) = ${num(n.out, digits)}`);
  }
  if (grads) {
    const g = grads.neuron(l, j);
    md.push("", `Backward pass (loss ${grads.lossFunction.name}, $L = ${tex(grads.loss, digits)}$):`);
    txt.push(`Backward (loss ${grads.lossFunction.name}, L = ${num(grads.loss, digits)}):`);
    md.push(`$$dz = \\frac{\\partial L}{\\partial z} = da \\cdot ${n.activation === "linear" ? "1" : `${fTex}'(z)`} = ${factor(g.da, digits, true)} \\cdot ${factor(g.dadz, digits, true)} = ${tex(g.dz, digits)}$$`);
    txt.push(`  dz = da·${fText}′(z) = ${factor(g.da, digits)}·${factor(g.dadz, digits)} = ${num(g.dz, digits)}`);
    const dws = shown.map((i) => `dw_{${i + 1}} = ${factor(g.dz, digits, true)} \\cdot ${factor(g.inputs[i], digits, true)} = ${tex(g.dw[i], digits)}`);
    md.push(`$$dw_i = dz \\cdot ${x}_i: \\quad ${dws.join(", \\quad ")}${shown.length < g.dw.length ? ", \\dots" : ""}$$`);
    txt.push(`  dwᵢ = dz·xᵢ: ${shown.map((i) => `dw${i + 1} = ${factor(g.dz, digits)}·${factor(g.inputs[i], digits)} = ${num(g.dw[i], digits)}`).join(", ")}${shown.length < g.dw.length ? ", …" : ""}`);
    md.push(`$$db = dz = ${tex(g.db, digits)}$$`);
    txt.push(`  db = dz = ${num(g.db, digits)}`);
  }
  return new Explanation(title, md.filter((line) => line !== "").join("\n\n"), txt.join("\n"));
}
