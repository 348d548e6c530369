import type { Grads, Network, Trace } from "../core";
import { checkCount, limits } from "./limits";
import { messages } from "./messages";
import { chart, round, type ChartSpec, type Row } from "./spec";

export interface NetworkDiagramOptions {
  /** A forward pass to colour the neurons by (their activation a). */
  trace?: Trace;
  /** A backward pass: adds dz and dw to the tooltips. */
  grads?: Grads;
  /** Colour edges by "weight" (default) or by the gradient "dw" (needs grads), neurons by "a" or "dz". */
  show?: "values" | "gradients";
  /** The title, or a title with a subtitle line. */
  title?: string | { text: string; subtitle?: string };
  width?: number;
  height?: number;
}

const defaults = { show: "values", width: 480, height: 300 } as const;

/**
 * The network as a picture: neurons in columns (inputs on the left), edges
 * coloured by sign and sized by the size of their weight, neurons coloured by
 * their activation for one input. Tooltips give each neuron's z, a and dz and
 * each edge's weight and dw. With dropout in the trace, dropped neurons are
 * drawn hollow and send nothing: their outgoing edges are left out. Circles
 * shrink to fit large layers.
 *
 * Syntax:
 *   networkDiagram(net)
 *   networkDiagram(net, { trace, grads, show: "values" | "gradients", title, width, height })
 *
 * @example
 *   const trace = net.forward([0.5, -1]);
 *   networkDiagram(net, { trace, grads: net.backward(trace, [1]) });
 */
export function networkDiagram(net: Network, options: NetworkDiagramOptions = {}): ChartSpec {
  const { show, width, height, trace, grads } = { ...defaults, ...options };
  const builder = "networkDiagram";
  const sizes = net.sizes;
  if (trace && trace.layers.length !== net.layers.length) throw new Error(messages.traceMismatch(builder));
  if (grads && grads.layers.length !== net.layers.length) throw new Error(messages.traceMismatch(builder));
  sizes.forEach((n, k) => checkCount(builder, `neurons in layer ${k - 1}`, n, limits.layerNeurons, "Draw a smaller network, or look at one layer with neuronMaps."));
  const edgeCount = net.layers.reduce((n, layer) => n + layer.weights.length, 0);
  checkCount(builder, "edges", edgeCount, limits.edges, "Draw a smaller network.");
  const gradients = show === "gradients" && grads !== undefined;

  const yOf = (k: number, j: number) => (sizes[k] - 1) / 2 - j; // neuron 0 on top
  const nodes: Row[] = [];
  sizes.forEach((n, k) => {
    for (let j = 0; j < n; j++) {
      const l = k - 1;
      const name = k === 0 ? `x${j + 1}` : `${l === net.layers.length - 1 ? "output" : `layer ${l}`}, neuron ${j}`;
      const row: Row = { column: k, y: yOf(k, j), name, kind: k === 0 ? "input" : "neuron" };
      if (k === 0 && trace) row.a = round(trace.input[j], 6);
      if (k > 0) {
        row.activation = net.layers[l].activation.name;
        row.bias = round(net.layers[l].bias[j], 6);
        if (trace) {
          const t = trace.layers[l];
          row.z = round(t.z[j], 6);
          row.a = round(t.a[j], 6);
          row.dropped = t.mask !== undefined && t.mask[j] === 0;
        }
        if (grads) row.dz = round(grads.layers[l].dz[j], 6);
      }
      row.value = (gradients ? row.dz : row.a) ?? null;
      nodes.push(row);
    }
  });
  // A dropped neuron sends nothing: its outgoing edges are not drawn.
  const sends = (l: number, i: number) => l === 0 || trace?.layers[l - 1].mask?.[i] !== 0;
  const edges: Row[] = [];
  net.layers.forEach((layer, l) => {
    for (let j = 0; j < layer.size; j++) {
      for (let i = 0; i < layer.inputs; i++) {
        if (!sends(l, i)) continue;
        const weight = layer.weights[j * layer.inputs + i];
        const dw = grads?.layers[l].dw[j][i];
        edges.push({
          column: l, y: yOf(l, i), column2: l + 1, y2: yOf(l + 1, j),
          edge: `${l === 0 ? `x${i + 1}` : `neuron ${i}`} → neuron ${j} of layer ${l}`,
          weight: round(weight, 6), ...(dw === undefined ? {} : { dw: round(dw, 6) }),
          value: round(gradients ? dw! : weight, 6),
        });
      }
    }
  });
  const edgeMax = Math.max(1e-9, ...edges.map((e) => Math.abs(e.value as number)));
  const nodeValues = nodes.map((n) => n.value).filter((v): v is number => typeof v === "number");
  const nodeMax = Math.max(1e-9, ...nodeValues.map(Math.abs));
  const maxSize = Math.max(...sizes);
  // Circles fit their column: a diameter of at most 3/4 of the space between two neurons.
  const spacing = height / (maxSize + 1.4);
  const nodeArea = Math.round(Math.min(520, Math.max(12, (Math.PI / 4) * (0.75 * spacing) ** 2)));
  const x = { field: "column", type: "quantitative", axis: null, scale: { domain: [-0.3, sizes.length - 0.7] } };
  const y = { field: "y", type: "quantitative", axis: null, scale: { domain: [-(maxSize - 1) / 2 - 0.9, (maxSize - 1) / 2 + 0.5] } };
  const nodeTip = [
    { field: "name", type: "nominal", title: "neuron" },
    ...(nodes.some((n) => n.activation) ? [{ field: "activation", type: "nominal" }, { field: "bias", type: "quantitative", format: ".6~g" }] : []),
    ...(trace ? [{ field: "z", type: "quantitative", format: ".6~g" }, { field: "a", type: "quantitative", format: ".6~g" }] : []),
    ...(grads ? [{ field: "dz", type: "quantitative", format: ".6~g" }] : []),
  ];
  const edgeLayer = {
    data: { values: edges },
    mark: { type: "rule", strokeCap: "round" },
    encoding: {
      x, y, x2: { field: "column2" }, y2: { field: "y2" },
      color: { field: "value", type: "quantitative", title: gradients ? "dw" : "weight", legend: { gradientLength: 110 }, scale: { scheme: "redblue", domain: [-edgeMax, edgeMax] } },
      strokeWidth: { field: "value", type: "quantitative", legend: null, scale: { type: "linear", domain: [0, edgeMax], range: [0.5, Math.max(1.5, Math.min(6, spacing / 3))] } },
      tooltip: [{ field: "edge", type: "nominal" }, { field: "weight", type: "quantitative", format: ".6~g" }, ...(grads ? [{ field: "dw", type: "quantitative", format: ".6~g" }] : [])],
    },
    transform: [{ calculate: "abs(datum.value)", as: "size" }],
  };
  // strokeWidth by |value|: encode the absolute value computed above.
  (edgeLayer.encoding.strokeWidth as { field: string }).field = "size";
  const nodeLayer = {
    data: { values: nodes },
    mark: { type: "circle", size: nodeArea, stroke: "#333", strokeWidth: nodeArea < 100 ? 0.8 : 1.2, opacity: 1 },
    encoding: {
      x, y,
      color: trace || gradients
        ? { field: "value", type: "quantitative", title: gradients ? "dz" : "a", legend: { gradientLength: 110 }, scale: { scheme: "purpleorange", domain: [-nodeMax, nodeMax] } }
        : { value: "#eeeeee" },
      ...(trace ? { strokeDash: { condition: { test: "datum.dropped", value: [3, 2] }, value: [1, 0] }, fillOpacity: { condition: { test: "datum.dropped", value: 0.1 }, value: 1 } } : {}),
      tooltip: nodeTip,
    },
  };
  const labels = {
    data: { values: sizes.map((n, k) => ({ column: k, label: k === 0 ? "inputs" : k === sizes.length - 1 ? "output" : `layer ${k - 1}`, y: -(maxSize - 1) / 2 - 0.45 })) },
    mark: { type: "text", fontSize: 11, color: "#555", baseline: "top" },
    encoding: { x, y, text: { field: "label" } },
  };
  return chart({
    title: options.title ?? (gradients ? "Network: edges by dw, neurons by dz" : trace ? "Network: edges by weight, neurons by activation a" : "Network: edges by weight"),
    width, height,
    layer: [edgeLayer, nodeLayer, labels],
    resolve: { scale: { color: "independent" } },
  });
}
