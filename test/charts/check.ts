import { expect } from "vitest";
import type { TopLevelSpec } from "vega-lite";
import { VEGA_LITE_SCHEMA } from "../../src/charts";
import { renderSvg } from "../../src/notebook/render";

/**
 * What every chart test asks of a spec: the v5 `$schema`, a clean compile
 * with Vega-Lite, and an SVG drawn by Vega in Node — with no warning from
 * either (a warning there means a dropped channel, a bad field type, an empty
 * scale: a broken encoding).
 */
export function expectRenders(spec: TopLevelSpec): string {
  expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
  JSON.parse(JSON.stringify(spec));
  const { svg, warnings, width, height } = renderSvg(spec);
  expect(warnings).toEqual([]);
  expect(svg.startsWith("<svg")).toBe(true);
  expect(width).toBeGreaterThan(50);
  expect(height).toBeGreaterThan(50);
  return svg;
}

/** The inline data rows of a spec (top level, or of each layer), flattened. */
export function rowsOf(spec: unknown): Record<string, unknown>[] {
  const s = spec as { data?: { values?: Record<string, unknown>[] }; layer?: unknown[]; hconcat?: unknown[]; vconcat?: unknown[]; spec?: unknown };
  return [
    ...(s.data?.values ?? []),
    ...[...(s.layer ?? []), ...(s.hconcat ?? []), ...(s.vconcat ?? []), ...(s.spec ? [s.spec] : [])].flatMap(rowsOf),
  ];
}
