import { chart, type ChartSpec } from "./spec";
import { part } from "./sideBySide";

type Node = Record<string, unknown>;

/**
 * Adds tooltips to every mark of a chart (a spec → spec modifier): the given
 * fields, or every field of the datum under the pointer.
 *
 * Syntax:
 *   withTooltip(spec)
 *   withTooltip(spec, ["epoch", "loss"])
 *
 * @example
 *   withTooltip(chart({ data: { values: rows }, mark: "point", encoding }), ["x", "y"]);
 */
export function withTooltip(spec: ChartSpec, fields?: readonly string[]): ChartSpec {
  const add = (node: Node): Node => {
    const copy: Node = { ...node };
    for (const key of ["layer", "hconcat", "vconcat", "concat"]) if (Array.isArray(copy[key])) copy[key] = (copy[key] as Node[]).map(add);
    if (copy.spec && typeof copy.spec === "object") copy.spec = add(copy.spec as Node);
    if (copy.mark !== undefined) {
      if (fields) {
        copy.encoding = { ...(copy.encoding as Node | undefined), tooltip: fields.map((field) => ({ field })) };
      } else {
        const mark = typeof copy.mark === "string" ? { type: copy.mark } : (copy.mark as Node);
        copy.mark = { ...mark, tooltip: { content: "data" } };
      }
    }
    return copy;
  };
  return chart({ ...add(part(spec)), config: (spec as unknown as Node).config });
}
