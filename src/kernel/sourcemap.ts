/**
 * Reading source maps (version 3): which source line and column a generated
 * position came from. Only what the kernel needs — one source per map, the
 * `mappings` field — in plain TypeScript (no Node APIs).
 *
 *   const map = decodeMappings(JSON.parse(mapText).mappings);
 *   originalPosition(map, 0, 14); // → { line: 2, column: 6 } (all 0-based)
 */
import { messages } from "./messages";

/** A generated column and the source position it came from (0-based). */
export interface Segment {
  column: number;
  sourceLine: number;
  sourceColumn: number;
}

/** Segments of each generated line, in column order. */
export type Mappings = Segment[][];

export interface Position {
  line: number;
  column: number;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** The numbers of one segment's base64 VLQ text. */
export function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(messages.notBase64(c));
    value += (digit & 31) * 2 ** shift;
    shift += 5;
    if (digit & 32) continue;
    values.push(value & 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  return values;
}

/** Decodes a map's `mappings` field (segments without a source are skipped). */
export function decodeMappings(mappings: string): Mappings {
  let sourceLine = 0;
  let sourceColumn = 0;
  return mappings.split(";").map((line) => {
    let column = 0;
    const segments: Segment[] = [];
    for (const text of line.split(",")) {
      if (!text) continue;
      const [dColumn, , dLine, dSourceColumn] = decodeVlq(text);
      column += dColumn;
      if (dLine === undefined || dSourceColumn === undefined) continue;
      sourceLine += dLine;
      sourceColumn += dSourceColumn;
      segments.push({ column, sourceLine, sourceColumn });
    }
    return segments.sort((a, b) => a.column - b.column);
  });
}

/**
 * The source position of generated `line`:`column` (0-based): the last
 * segment at or before the column, else the line's first segment; undefined
 * when the line has none.
 */
export function originalPosition(map: Mappings, line: number, column: number): Position | undefined {
  const segments = map[line];
  if (!segments || segments.length === 0) return undefined;
  let found = segments[0];
  for (const segment of segments) {
    if (segment.column > column) break;
    found = segment;
  }
  return { line: found.sourceLine, column: found.sourceColumn };
}
