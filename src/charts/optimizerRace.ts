import { optimizer as makeOptimizer, type Optimizer, type OptimizerName } from "../training";
import { contourSegments, logLevels } from "./contours";
import { checkCount, checkResolution, limits } from "./limits";
import { messages } from "./messages";
import { chart, round, type ChartSpec, type Row } from "./spec";
import { Surfaces, type Surface, type SurfaceName } from "./surfaces";
import { runColorsFor } from "./theme";

export interface OptimizerRaceOptions {
  /** The loss surface: a name from `Surfaces` (default "valley") or your own { f, grad, extent, start }. */
  surface?: SurfaceName | Surface;
  /** The optimizers: names (each with its learning rate from `learningRates`) or optimizer objects by label. */
  optimizers?: readonly OptimizerName[] | Readonly<Record<string, Optimizer>>;
  /** Learning rate per optimizer name, for optimizers given by name. */
  learningRates?: Partial<Record<OptimizerName, number>>;
  /** Where all optimizers start (default: the surface's start). */
  start?: readonly [number, number];
  /** Steps each optimizer takes (default 60). */
  steps?: number;
  /** Contour levels (default 14). */
  levels?: number;
  /** Grid cells per side for the contours (default 50). */
  resolution?: number;
  title?: string;
  width?: number;
  height?: number;
}

const defaults = {
  surface: "valley", optimizers: ["sgd", "momentum", "adagrad", "rmsprop", "adam"], steps: 60, levels: 14, resolution: limits.grid, width: 460, height: 300,
  learningRates: { sgd: 0.4, momentum: 0.1, adagrad: 1, rmsprop: 0.1, adam: 0.3 },
} as const;

/** One optimizer's path over a surface: the point after every step. */
export function optimizerPath(surface: Surface, opt: Optimizer, start: readonly [number, number], steps: number): { w1: number; w2: number; loss: number; step: number }[] {
  const values = Float64Array.from(start), grads = new Float64Array(2);
  const group = { name: "w", values, grads };
  const path = [{ step: 0, w1: values[0], w2: values[1], loss: surface.f(values[0], values[1]) }];
  const [[x0, x1], [y0, y1]] = surface.extent;
  const far = 10 * Math.max(x1 - x0, y1 - y0);
  for (let step = 1; step <= steps; step++) {
    grads.set(surface.grad(values[0], values[1]));
    opt.step([group]);
    const loss = surface.f(values[0], values[1]);
    if (!Number.isFinite(loss) || Math.abs(values[0]) > far || Math.abs(values[1]) > far) break; // diverged: stop the path here
    path.push({ step, w1: values[0], w2: values[1], loss });
  }
  return path;
}

/**
 * The optimizer race: SGD, momentum, AdaGrad, RMSprop and Adam start from the
 * same point on a 2-D loss surface drawn as contour lines, and their paths
 * show how each one moves — zig-zag, overshoot, or a straight run.
 *
 * Syntax:
 *   optimizerRace()
 *   optimizerRace({ surface, optimizers, learningRates, start, steps, levels, resolution, title })
 *
 * @example
 *   optimizerRace({ surface: "rosenbrock", steps: 200, learningRates: { adam: 0.05 } });
 *   optimizerRace({ optimizers: { "sgd η=0.1": sgd({ learningRate: 0.1 }), "adam η=0.1": adam({ learningRate: 0.1 }) } });
 */
export function optimizerRace(options: OptimizerRaceOptions = {}): ChartSpec {
  const { steps, levels, resolution, width, height } = { ...defaults, ...options };
  const builder = "optimizerRace";
  const surface = surfaceOf(builder, options.surface ?? defaults.surface);
  const start = options.start ?? surface.start;
  checkResolution(builder, resolution);
  checkCount(builder, "steps", steps, 1000, "Pass fewer { steps }.");
  const rates = { ...defaults.learningRates, ...options.learningRates };
  const given = options.optimizers ?? defaults.optimizers;
  const racers: [string, Optimizer][] = Array.isArray(given)
    ? (given as OptimizerName[]).map((name) => [`${name} (η = ${rates[name]})`, makeOptimizer(name, { learningRate: rates[name] } as never)])
    : Object.entries(given as Record<string, Optimizer>);
  if (racers.length === 0) throw new Error(messages.emptyRuns(builder));

  // Equal units on both axes, so an elongated valley looks elongated: the extent grows along one axis to fill the chart.
  const [[x0, x1], [y0, y1]] = equalUnits(surface.extent, width, height);
  const xs = Array.from({ length: resolution + 1 }, (_, k) => x0 + ((x1 - x0) * k) / resolution);
  const ys = Array.from({ length: resolution + 1 }, (_, k) => y0 + ((y1 - y0) * k) / resolution);
  const values = ys.map((y) => xs.map((x) => surface.f(x, y)));
  const flat = values.flat();
  const segments = contourSegments(xs, ys, values, logLevels(Math.min(...flat), Math.max(...flat), levels))
    .map((s) => ({ x: round(s.x, 5), y: round(s.y, 5), x2: round(s.x2, 5), y2: round(s.y2, 5), level: round(s.level, 3) }));
  const labels = contourLabels(segments, (y1 - y0) / height);
  const paths: Row[] = [];
  racers.forEach(([name, opt], order) => {
    for (const p of optimizerPath(surface, opt, start, steps)) paths.push({ optimizer: name, order, step: p.step, w1: round(p.w1, 8), w2: round(p.w2, 8), loss: round(p.loss, 8) });
  });
  checkCount(builder, "rows", segments.length + paths.length, limits.rows, "Pass fewer { levels } or { steps }.");
  const x = { field: "w1", type: "quantitative", title: "w1", scale: { domain: [round(x0, 4), round(x1, 4)], nice: false, zero: false } };
  const y = { field: "w2", type: "quantitative", title: "w2", scale: { domain: [round(y0, 4), round(y1, 4)], nice: false, zero: false } };
  const names = racers.map(([name]) => name);
  const color = { field: "optimizer", type: "nominal", title: "optimizer", scale: { domain: names, range: runColorsFor(names) } };
  const greys = { domain: [round(Math.max(1e-3, Math.min(...segments.map((s) => s.level))) / 2, 3), round(Math.max(...segments.map((s) => s.level)) * 2, 3)] };
  // One layer per optimizer, drawn first = widest: a path hidden under a later one still shows as a coloured edge.
  const pathLayers = names.map((_, order) => ({
    data: { values: paths.filter((p) => p.order === order) },
    mark: { type: "line", strokeWidth: pathWidth(order, names.length), point: { size: 14, filled: true }, clip: true },
    encoding: {
      x, y, color, order: { field: "step", type: "quantitative" },
      tooltip: [{ field: "optimizer", type: "nominal" }, { field: "step", type: "quantitative" }, { field: "w1", type: "quantitative", format: ".5~g" }, { field: "w2", type: "quantitative", format: ".5~g" }, { field: "loss", type: "quantitative", format: ".5~g" }],
    },
  }));
  return chart({
    title: options.title ?? { text: `Optimizer race on the ${surface.name} surface`, subtitle: `${steps} steps from (${start[0]}, ${start[1]}); grey lines: loss contours, labelled with L` },
    width, height,
    layer: [
      {
        data: { values: segments },
        mark: { type: "rule", strokeWidth: 1, clip: true },
        encoding: {
          x: { ...x, field: "x" }, y: { ...y, field: "y" }, x2: { field: "x2" }, y2: { field: "y2" },
          opacity: { field: "level", type: "quantitative", title: "loss", scale: { type: "log", domain: greys.domain, range: [0.9, 0.25] }, legend: null },
          color: { value: "#666" },
        },
      },
      {
        data: { values: labels },
        mark: { type: "text", fontSize: 9, color: "#555", stroke: "white", strokeWidth: 3, strokeOpacity: 0.9, clip: true },
        encoding: { x: { ...x, field: "x" }, y: { ...y, field: "y" }, text: { field: "label" } },
      },
      {
        data: { values: labels },
        mark: { type: "text", fontSize: 9, color: "#555", clip: true },
        encoding: { x: { ...x, field: "x" }, y: { ...y, field: "y" }, text: { field: "label" } },
      },
      ...pathLayers,
      {
        data: { values: [{ w1: start[0], w2: start[1], label: "start" }] },
        mark: { type: "point", shape: "cross", size: 120, color: "black", strokeWidth: 2 },
        encoding: { x, y, tooltip: [{ field: "label", type: "nominal" }, { field: "w1", type: "quantitative" }, { field: "w2", type: "quantitative" }] },
      },
    ],
  });
}

/** Stroke width of the path drawn `order`-th of `count`: 2 px for the last, 1.1 px wider for each one before. */
export function pathWidth(order: number, count: number): number {
  return round(2 + 1.1 * (count - 1 - order), 2);
}

/** The extent grown along one axis so that one unit is as long on both axes in a width × height chart. */
export function equalUnits(extent: readonly (readonly [number, number])[], width: number, height: number): [[number, number], [number, number]] {
  const [[x0, x1], [y0, y1]] = extent;
  const unit = Math.max((x1 - x0) / width, (y1 - y0) / height);
  const grow = (lo: number, hi: number, pixels: number): [number, number] => {
    const middle = (lo + hi) / 2, half = (unit * pixels) / 2;
    return [middle - half, middle + half];
  };
  return [grow(x0, x1, width), grow(y0, y1, height)];
}

/**
 * Labels for the contour levels, each at its level's topmost point (where
 * nested contours stack apart), leaving out a label that would touch the one
 * above it (closer than 11 px; `unit` is the y extent of one pixel).
 */
export function contourLabels(segments: readonly { x: number; y: number; level: number }[], unit: number): Row[] {
  const top = new Map<number, { x: number; y: number; level: number }>();
  for (const s of segments) if (!top.has(s.level) || s.y > top.get(s.level)!.y) top.set(s.level, s);
  const labels: Row[] = [];
  let last = Infinity;
  for (const s of [...top.values()].sort((a, b) => b.y - a.y)) {
    if (last - s.y < 11 * unit) continue;
    labels.push({ x: s.x, y: s.y, level: s.level, label: `${+s.level.toPrecision(2)}` });
    last = s.y;
  }
  return labels;
}

function surfaceOf(builder: string, spec: SurfaceName | Surface): Surface {
  if (typeof spec === "object" && spec !== null && typeof spec.f === "function") return spec;
  if (typeof spec === "string" && Object.prototype.hasOwnProperty.call(Surfaces, spec)) return Surfaces[spec];
  throw new Error(messages.unknownSurface(builder, spec, Object.keys(Surfaces)));
}
