import { readFileSync } from "fs";
import { messages } from "./messages";

/** Advance widths of a TrueType font, enough to measure a line of text the way a renderer lays it out. */
export interface FontMetrics {
  readonly unitsPerEm: number;
  /** Advance width in font units of a code point (the .notdef width when the font lacks it). */
  advance(codePoint: number): number;
  /** Width of `text` in pixels at `fontSize`. */
  width(text: string, fontSize: number): number;
}

/**
 * Reads the `head`, `hhea`, `hmtx` and `cmap` (format 4, the Unicode BMP
 * subtable) tables of a TrueType file.
 */
export function readFontMetrics(file: string): FontMetrics {
  const buf = readFileSync(file);
  const tables = new Map<string, number>();
  const count = buf.readUInt16BE(4);
  for (let t = 0; t < count; t++) {
    const at = 12 + 16 * t;
    tables.set(buf.toString("latin1", at, at + 4), buf.readUInt32BE(at + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(messages.fontTable(file, tag));
    return offset;
  };
  const unitsPerEm = buf.readUInt16BE(table("head") + 18);
  const metricCount = buf.readUInt16BE(table("hhea") + 34);
  const hmtx = table("hmtx");
  const glyphWidth = (glyph: number): number => buf.readUInt16BE(hmtx + 4 * Math.min(glyph, metricCount - 1));
  const glyphOf = cmap4(buf, table("cmap"), file);
  const cache = new Map<number, number>();
  const advance = (codePoint: number): number => {
    let w = cache.get(codePoint);
    if (w === undefined) cache.set(codePoint, (w = glyphWidth(glyphOf(codePoint))));
    return w;
  };
  return {
    unitsPerEm,
    advance,
    width(text, fontSize) {
      let units = 0;
      for (const ch of text) units += advance(ch.codePointAt(0)!);
      return (units * fontSize) / unitsPerEm;
    },
  };
}

/** The glyph lookup of the cmap's format-4 subtable (Windows Unicode BMP, or Unicode). */
function cmap4(buf: Buffer, cmap: number, file: string): (codePoint: number) => number {
  const subtables = buf.readUInt16BE(cmap + 2);
  let at = -1;
  for (let k = 0; k < subtables; k++) {
    const platform = buf.readUInt16BE(cmap + 4 + 8 * k), encoding = buf.readUInt16BE(cmap + 6 + 8 * k);
    const offset = cmap + buf.readUInt32BE(cmap + 8 + 8 * k);
    if (buf.readUInt16BE(offset) === 4 && (platform === 0 || (platform === 3 && encoding === 1))) { at = offset; break; }
  }
  if (at < 0) throw new Error(messages.fontCmap(file));
  const segments = buf.readUInt16BE(at + 6) / 2;
  const ends = at + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, ranges = deltas + 2 * segments;
  return (c) => {
    if (c > 0xffff) return 0;
    for (let s = 0; s < segments; s++) {
      if (buf.readUInt16BE(ends + 2 * s) < c) continue;
      const start = buf.readUInt16BE(starts + 2 * s);
      if (start > c) return 0;
      const delta = buf.readInt16BE(deltas + 2 * s), range = buf.readUInt16BE(ranges + 2 * s);
      if (range === 0) return (c + delta) & 0xffff;
      const glyph = buf.readUInt16BE(ranges + 2 * s + range + 2 * (c - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
