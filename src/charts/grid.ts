import type { Network } from "../core";
import { checkResolution } from "./limits";
import { messages } from "./messages";
import { round, type Row } from "./spec";

/** A rectangle of the input plane: [[x1min, x1max], [x2min, x2max]]. */
export type Extent = readonly [readonly [number, number], readonly [number, number]];

/** One cell of a grid over the input plane: its centre (x1, x2) and its edges. */
export interface Cell {
  x1: number;
  x2: number;
  x1lo: number;
  x1hi: number;
  x2lo: number;
  x2hi: number;
}

/**
 * The extent of a set of 2-D points, padded by `pad` (a share of the span) on
 * every side, so points never sit on the chart's edge.
 */
export function extentOf(points: readonly (readonly number[])[], pad = 0.1): Extent {
  if (points.length === 0) return [[-1, 1], [-1, 1]];
  const side = (k: number): [number, number] => {
    let lo = Infinity, hi = -Infinity;
    for (const p of points) { lo = Math.min(lo, p[k]); hi = Math.max(hi, p[k]); }
    const span = hi - lo || 1;
    return [round(lo - pad * span, 4), round(hi + pad * span, 4)];
  };
  return [side(0), side(1)];
}

/** The resolution×resolution cells covering an extent, row by row. */
export function cells(builder: string, extent: Extent, resolution: number): Cell[] {
  checkResolution(builder, resolution);
  checkExtent(builder, extent);
  const [[x0, x1], [y0, y1]] = extent;
  const dx = (x1 - x0) / resolution, dy = (y1 - y0) / resolution;
  const result: Cell[] = [];
  for (let r = 0; r < resolution; r++) {
    for (let c = 0; c < resolution; c++) {
      const x1lo = x0 + c * dx, x2lo = y0 + r * dy;
      result.push({
        x1: round(x1lo + dx / 2), x2: round(x2lo + dy / 2),
        x1lo: round(x1lo), x1hi: round(x1lo + dx), x2lo: round(x2lo), x2hi: round(x2lo + dy),
      });
    }
  }
  return result;
}

/**
 * Runs the network on the centre of every cell (evaluation mode) and gives
 * each cell's row(s): the cell merged with what `value(output, activations)`
 * returns for it (one row, or several, e.g. one per neuron).
 */
export function evaluateGrid(
  builder: string, net: Network, extent: Extent, resolution: number,
  value: (output: number[], activations: number[][]) => Row | Row[],
): Row[] {
  if (net.inputs !== 2) throw new RangeError(messages.notTwoInputs(builder, net.inputs));
  const grid = cells(builder, extent, resolution);
  const batch = net.forward(grid.map((cell) => [cell.x1, cell.x2]));
  return grid.flatMap((cell, s) => {
    const trace = batch.sample(s);
    const rows = value(trace.output, trace.layers.map((layer) => layer.a));
    return (Array.isArray(rows) ? rows : [rows]).map((row) => ({ ...cell, ...row }));
  });
}

export function checkExtent(builder: string, extent: Extent): void {
  const ok = Array.isArray(extent) && extent.length === 2 && extent.every(
    (side) => Array.isArray(side) && side.length === 2 && side.every(Number.isFinite) && side[0] < side[1],
  );
  if (!ok) throw new RangeError(messages.badExtent(builder, extent));
}
