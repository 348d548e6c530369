import { classShapes, setNames } from "./points";
import type { Row } from "./spec";
import { classColors, darker } from "./theme";

/**
 * Points are filled with a dark shade of their class's colour (darker than the
 * map's blue and orange, or the class colours of a several-class map) and
 * outlined in a light colour, so a point stands out on dark and light parts
 * of the map alike: white for the training set, gold for the other set.
 */
export const pointColors = {
  binary: ["#08306b", "#7f2704"],
  classes: classColors.map((c) => darker(c)),
  outline: { training: "white", other: "#ffd700" },
} as const;

/**
 * The layer that draws labelled points on a decision map (decisionBoundary,
 * epochScrubber): a point's class is its shape and its dark fill, its set is
 * its outline. `x` and `y` are the map's own encodings, so the points share
 * its scales.
 */
export function classPoints(points: readonly Row[], names: readonly string[], binary: boolean, x: object, y: object): Record<string, unknown> {
  const sets = [...new Set(points.map((p) => p.set as string))];
  return {
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
}
