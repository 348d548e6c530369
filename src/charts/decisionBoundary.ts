import type { Network } from "../core";
import { evaluateGrid, extentOf, type Extent } from "./grid";
import { limits } from "./limits";
import { allInputs, classNames, classOf, classShapes, pointRows, setNames, type PointsLike } from "./points";
import { chart, round, seamless, type ChartSpec, type Row } from "./spec";
import { classColors, darker } from "./theme";

export interface DecisionBoundaryOptions {
  /** Cells per side of the grid (default and at most 50). */
  resolution?: number;
  /** The part of the plane to draw (default: the data's extent, padded 10%). */
  extent?: Extent;
  title?: string;
  width?: number;
  height?: number;
}

const defaults = { resolution: limits.grid, width: 320, height: 320 } as const;

/**
 * Points are filled with a dark shade of their class's colour (darker than the
 * map's blue and orange, or the class colours of a several-class map) and
 * outlined in a light colour, so a point stands out on dark and light parts
 * of the map alike: white for the training set, gold for the other set.
 */
const pointColors = {
  binary: ["#08306b", "#7f2704"],
  classes: classColors.map((c) => darker(c)),
  outline: { training: "white", other: "#ffd700" },
} as const;

/**
 * What the network decides over the input plane: each cell of a grid coloured
 * by the network's output there (the probability of class 1 for one sigmoid
 * output, the winning class for several), with the data on top. A point's
 * class is its shape and its (dark) fill, outlined so it stands out on any
 * background: white for training points, gold for validation or test points.
 *
 * Syntax:
 *   decisionBoundary(net, data)
 *   decisionBoundary(net, { train, validation }, { resolution, extent, title, width, height })
 *
 * @example
 *   decisionBoundary(net, split(circle(), 0.8), { resolution: 40 });
 */
export function decisionBoundary(net: Network, data: PointsLike, options: DecisionBoundaryOptions = {}): ChartSpec {
  const { resolution, width, height } = { ...defaults, ...options };
  const builder = "decisionBoundary";
  const points = pointRows(builder, data);
  const sets = [...new Set(points.map((p) => p.set as string))];
  const extent = options.extent ?? extentOf(allInputs(data));
  const names = classNames(data) ?? Array.from({ length: Math.max(2, net.outputs) }, (_, k) => String(k));
  const binary = net.outputs === 1;
  const cells = evaluateGrid(builder, net, extent, resolution, (output): Row =>
    binary ? { output: round(output[0], 4) } : { class: names[classOf(output)] ?? String(classOf(output)), confidence: round(Math.max(...output), 4) },
  );
  const x = { field: "x1", type: "quantitative", title: "x1", scale: { domain: extent[0], nice: false, zero: false } };
  const y = { field: "x2", type: "quantitative", title: "x2", scale: { domain: extent[1], nice: false, zero: false } };
  const heat = {
    data: { values: cells },
    mark: { type: "rect", ...seamless },
    encoding: {
      x: { ...x, field: "x1lo" }, x2: { field: "x1hi" }, y: { ...y, field: "x2lo" }, y2: { field: "x2hi" },
      ...(binary
        ? {
          color: { field: "output", type: "quantitative", title: `P(${names[1]})`, scale: { scheme: "blueorange", domain: [0, 1] } },
        }
        : {
          color: { field: "class", type: "nominal", title: "prediction", scale: { domain: names, range: classColors.slice(0, names.length) } },
          opacity: { field: "confidence", type: "quantitative", title: "confidence", scale: { domain: [1 / names.length, 1], range: [0.15, 0.75] } },
        }),
    },
  };
  const dots = {
    data: { values: points },
    mark: { type: "point", filled: true, size: 55, strokeWidth: 1.5, opacity: 1 },
    encoding: {
      x, y,
      fill: { field: "class", type: "nominal", title: "class", scale: { domain: names, range: binary ? pointColors.binary : pointColors.classes.slice(0, names.length) } },
      shape: { field: "class", type: "nominal", title: "class", scale: { domain: names, range: classShapes.slice(0, names.length) } },
      stroke: { field: "set", type: "nominal", title: "outline", legend: sets.length > 1 ? {} : null, scale: { domain: sets, range: sets.map((s) => (s === setNames.train || s === setNames.data ? pointColors.outline.training : pointColors.outline.other)) } },
      tooltip: [
        { field: "set", type: "nominal" }, { field: "sample", type: "quantitative" }, { field: "class", type: "nominal" },
        { field: "x1", type: "quantitative", format: ".4~g" }, { field: "x2", type: "quantitative", format: ".4~g" },
      ],
    },
  };
  return chart({
    title: options.title ?? "Decision boundary",
    width, height,
    layer: [heat, dots],
    resolve: { scale: { color: "independent", fill: "independent", shape: "independent", opacity: "independent" } },
  });
}
