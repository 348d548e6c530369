import { Activations, type ActivationName } from "../core/activations";
import { messages } from "./messages";
import { chart, round, seamless, type ChartSpec } from "./spec";
import { colors } from "./theme";

/** The activations a slider neuron can have: every built-in one of a single z (softmax needs a whole layer). */
export type SliderActivation = Exclude<ActivationName, "softmax">;

/** Each activation as a Vega expression of `datum.z` (its own `vega`), so the browser computes a = f(z) as the sliders move. */
export const activationExpressions = Object.fromEntries(
  Object.entries(Activations).filter(([, f]) => f.vega !== undefined).map(([name, f]) => [name, f.vega]),
) as Record<SliderActivation, string>;

export interface NeuronSlidersOptions {
  /** The neuron's activation (default "sigmoid"). */
  activation?: SliderActivation;
  /** Starting weights: one for a neuron of x, two for a neuron of (x1, x2) (default [1]). */
  weights?: readonly number[];
  /** Starting bias (default 0). */
  bias?: number;
  /** The input interval (default [-5, 5]); also the sliders' range. */
  range?: readonly [number, number];
  title?: string;
  width?: number;
  height?: number;
}

/**
 * One neuron with sliders for its weights and bias, computed in the browser
 * (no kernel round-trip): a = f(w·x + b) as a curve for one input, or as a map
 * over (x1, x2) for two.
 *
 * Syntax:
 *   neuronSliders()
 *   neuronSliders({ activation, weights: [w] | [w1, w2], bias, range, title })
 *
 * @example
 *   neuronSliders({ activation: "tanh", weights: [2], bias: -1 });
 */
export function neuronSliders(options: NeuronSlidersOptions = {}): ChartSpec {
  const builder = "neuronSliders";
  const { activation = "sigmoid", weights = [1], bias = 0, range = [-5, 5], width = 360, height = 240 } = options;
  if (!Object.prototype.hasOwnProperty.call(activationExpressions, activation)) {
    throw new Error(messages.sliderActivation(builder, String(activation), Object.keys(activationExpressions)));
  }
  if (weights.length !== 1 && weights.length !== 2) throw new RangeError(messages.sliderInputs(builder, weights.length));
  if (!(range[0] < range[1])) throw new RangeError(messages.badRange(builder, range));
  const slider = (name: string, value: number) => ({ name, value, bind: { input: "range", min: range[0], max: range[1], step: 0.05, name: `${name} ` } });
  const a = { calculate: activationExpressions[activation], as: "a" };
  if (weights.length === 1) {
    const xs = Array.from({ length: 161 }, (_, k) => ({ x: round(range[0] + ((range[1] - range[0]) * k) / 160, 6) }));
    return chart({
      title: options.title ?? `One neuron: a = ${activation}(w·x + b)`,
      width, height,
      params: [slider("w", weights[0]), slider("b", bias)],
      data: { values: xs },
      transform: [{ calculate: "w * datum.x + b", as: "z" }, a],
      layer: [
        { mark: { type: "line", strokeWidth: 2.5, color: colors.train }, encoding: { x: { field: "x", type: "quantitative", title: "x" }, y: { field: "a", type: "quantitative", title: "a" }, tooltip: [{ field: "x", type: "quantitative" }, { field: "z", type: "quantitative", format: ".4~g" }, { field: "a", type: "quantitative", format: ".4~g" }] } },
        { mark: { type: "line", strokeDash: [4, 3], color: "#999" }, transform: [{ filter: "datum.z >= -6 && datum.z <= 6" }], encoding: { x: { field: "x", type: "quantitative" }, y: { field: "z", type: "quantitative" } } },
      ],
    });
  }
  const n = 30;
  const cells = [];
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) {
    const step = (range[1] - range[0]) / n;
    cells.push({ x1lo: round(range[0] + c * step, 6), x1hi: round(range[0] + (c + 1) * step, 6), x2lo: round(range[0] + r * step, 6), x2hi: round(range[0] + (r + 1) * step, 6) });
  }
  const [low, high] = Activations[activation].range ?? [-Infinity, Infinity];
  const domain = Number.isFinite(low) && Number.isFinite(high) ? [low, high] : [-5, 5];
  return chart({
    title: options.title ?? `One neuron: a = ${activation}(w1·x1 + w2·x2 + b)`,
    width: height, height,
    params: [slider("w1", weights[0]), slider("w2", weights[1]), slider("b", bias)],
    data: { values: cells },
    transform: [{ calculate: "w1 * (datum.x1lo + datum.x1hi) / 2 + w2 * (datum.x2lo + datum.x2hi) / 2 + b", as: "z" }, a],
    mark: seamless,
    encoding: {
      x: { field: "x1lo", type: "quantitative", title: "x1", scale: { domain: range, nice: false } }, x2: { field: "x1hi" },
      y: { field: "x2lo", type: "quantitative", title: "x2", scale: { domain: range, nice: false } }, y2: { field: "x2hi" },
      color: { field: "a", type: "quantitative", title: "a", scale: { scheme: "purpleorange", domain, clamp: true } },
      tooltip: [{ field: "z", type: "quantitative", format: ".4~g" }, { field: "a", type: "quantitative", format: ".4~g" }],
    },
  });
}
