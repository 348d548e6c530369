import type { Network } from "../core";
import { evaluateGrid, extentOf, type Extent } from "./grid";
import { limits } from "./limits";
import { classPoints } from "./classPoints";
import { allInputs, classNames, classOf, pointRows, type PointsLike } from "./points";
import { chart, round, seamless, type ChartSpec, type Row } from "./spec";
import { classColors } from "./theme";

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
 * What the network decides over the input plane: each cell of a grid coloured
 * by the network's output there (the probability of class 1 for one sigmoid
 * output, the output itself for one of another kind, the winning class for
 * several), with the data on top. A point's
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
  const extent = options.extent ?? extentOf(allInputs(data));
  const names = classNames(data) ?? Array.from({ length: Math.max(2, net.outputs) }, (_, k) => String(k));
  const binary = net.outputs === 1;
  const cells = evaluateGrid(builder, net, extent, resolution, (output): Row =>
    binary ? { output: round(output[0], 4) } : { class: names[classOf(output)] ?? String(classOf(output)), confidence: round(Math.max(...output), 4) },
  );
  // One output is a probability only when its activation keeps it in [0, 1] (sigmoid). Any other
  // single output is shown as it is, on a scale centred on 0.5 (where classOf splits the classes,
  // as it is for a probability) that holds every cell.
  const range = net.layers[net.layers.length - 1].activation.range;
  const probability = range !== undefined && range[0] >= 0 && range[1] <= 1;
  const spread = binary && !probability ? Math.max(0.5, ...cells.map((cell) => Math.abs((cell.output as number) - 0.5))) : 0.5;
  const outputDomain = [0.5 - spread, 0.5 + spread];
  const x = { field: "x1", type: "quantitative", title: "x1", scale: { domain: extent[0], nice: false, zero: false } };
  const y = { field: "x2", type: "quantitative", title: "x2", scale: { domain: extent[1], nice: false, zero: false } };
  // Hovering a cell reads the network's answer at its centre.
  const centre = [{ field: "x1", type: "quantitative", title: "x1" }, { field: "x2", type: "quantitative", title: "x2" }];
  const heat = {
    data: { values: cells },
    mark: seamless,
    encoding: {
      x: { ...x, field: "x1lo" }, x2: { field: "x1hi" }, y: { ...y, field: "x2lo" }, y2: { field: "x2hi" },
      ...(binary
        ? {
          color: { field: "output", type: "quantitative", title: probability ? `P(${names[1]})` : `output (${names[1]} above 0.5)`, scale: { scheme: "blueorange", domain: outputDomain } },
          tooltip: [...centre, { field: "output", type: "quantitative", title: probability ? `P(${names[1]})` : "output", format: ".4~g" }],
        }
        : {
          color: { field: "class", type: "nominal", title: "prediction", scale: { domain: names, range: classColors.slice(0, names.length) } },
          opacity: { field: "confidence", type: "quantitative", title: "confidence", scale: { domain: [1 / names.length, 1], range: [0.15, 0.75] } },
          tooltip: [...centre, { field: "class", type: "nominal", title: "prediction" }, { field: "confidence", type: "quantitative", format: ".4~g" }],
        }),
    },
  };
  const dots = classPoints(points, names, binary, x, y);
  return chart({
    title: options.title ?? "Decision boundary",
    width, height,
    layer: [heat, dots],
    resolve: { scale: { color: "independent", fill: "independent", shape: "independent", opacity: "independent" } },
  });
}
