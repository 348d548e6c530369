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

/** WCAG contrast ratio of two colours given as #rrggbb or a CSS name (white, black): 1 (none) to 21. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (la + 0.05) / (lb + 0.05);
}

function luminance(colour: string): number {
  const hex = ({ white: "#ffffff", black: "#000000" } as Record<string, string>)[colour] ?? colour;
  const channels = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  if (channels.some(Number.isNaN)) throw new Error(`contrast: not a #rrggbb colour: ${colour}`);
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}
