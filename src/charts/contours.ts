/** A contour line piece: from (x, y) to (x2, y2) at one level. */
export interface Segment {
  x: number;
  y: number;
  x2: number;
  y2: number;
  level: number;
}

/**
 * Marching squares: the line segments where f crosses each level, over a
 * grid of `values[r][c]` sampled at xs[c], ys[r] (linear interpolation along
 * each cell edge).
 */
export function contourSegments(xs: readonly number[], ys: readonly number[], values: readonly (readonly number[])[], levels: readonly number[]): Segment[] {
  const segments: Segment[] = [];
  for (const level of levels) {
    for (let r = 0; r + 1 < ys.length; r++) {
      for (let c = 0; c + 1 < xs.length; c++) {
        // Corners counter-clockwise from bottom-left, and the edge crossings between them.
        const corners: [number, number, number][] = [
          [xs[c], ys[r], values[r][c]], [xs[c + 1], ys[r], values[r][c + 1]],
          [xs[c + 1], ys[r + 1], values[r + 1][c + 1]], [xs[c], ys[r + 1], values[r + 1][c]],
        ];
        const crossings: [number, number][] = [];
        for (let k = 0; k < 4; k++) {
          const [xa, ya, va] = corners[k], [xb, yb, vb] = corners[(k + 1) % 4];
          if ((va < level) !== (vb < level)) {
            const t = (level - va) / (vb - va);
            crossings.push([xa + t * (xb - xa), ya + t * (yb - ya)]);
          }
        }
        for (let k = 0; k + 1 < crossings.length; k += 2) {
          const [[x, y], [x2, y2]] = [crossings[k], crossings[k + 1]];
          segments.push({ x, y, x2, y2, level });
        }
      }
    }
  }
  return segments;
}

/** `count` levels spaced evenly in log scale between a surface's smallest and largest value. */
export function logLevels(min: number, max: number, count: number): number[] {
  const lo = Math.log10(Math.max(min, 1e-3 * max, 1e-9)), hi = Math.log10(max);
  return Array.from({ length: count }, (_, k) => 10 ** (lo + ((hi - lo) * (k + 0.5)) / count));
}
