import { chart, type ChartSpec } from "./spec";

/** A chart as a part of another: without the top-level `$schema` and `config`, which only the outer chart may carry. */
export function part(spec: ChartSpec): Record<string, unknown> {
  const { $schema: _schema, config: _config, ...rest } = spec as unknown as Record<string, unknown>;
  return rest;
}

/**
 * Charts next to each other (a spec → spec modifier). Each keeps its own
 * scales and legends.
 *
 * Syntax:
 *   sideBySide(a, b, …)
 *   sideBySide([a, b], { title })
 *
 * @example
 *   sideBySide(lossCurve(history), decisionBoundary(net, data));
 */
export function sideBySide(...args: ChartSpec[] | [readonly ChartSpec[], { title?: string }?]): ChartSpec {
  const [specs, options] = Array.isArray(args[0]) ? [args[0] as readonly ChartSpec[], (args[1] ?? {}) as { title?: string }] : [args as ChartSpec[], {}];
  return chart({
    ...(options.title ? { title: options.title } : {}),
    hconcat: specs.map(part),
    resolve: { scale: { color: "independent", fill: "independent", stroke: "independent", opacity: "independent", shape: "independent", strokeWidth: "independent", size: "independent", strokeDash: "independent" } },
    spacing: 30,
  });
}
