import { existsSync } from "fs";
import { join } from "path";
import { messages } from "./messages";
import { readFontMetrics, type FontMetrics } from "./ttf";

/**
 * The font every PNG is drawn with: DejaVu Sans from Debian's
 * `fonts-dejavu-core` (listed in .ci/debian-packages), handed to resvg by
 * file, with system fonts off, so every machine draws the same picture. Set
 * NNLAB_FONT_DIR to a folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf to
 * use other copies.
 */
export const FONT_FAMILY = "DejaVu Sans";

const folders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu", "/usr/local/share/fonts"];

export interface FontFiles {
  regular: string;
  bold: string;
}

let found: FontFiles | undefined;
let metrics: { regular: FontMetrics; bold: FontMetrics } | undefined;

/** The font files, or an error that says how to install them. */
export function fontFiles(): FontFiles {
  if (found) return found;
  const dirs = [process.env.NNLAB_FONT_DIR, ...folders].filter((d): d is string => !!d);
  for (const dir of dirs) {
    const regular = join(dir, "DejaVuSans.ttf"), bold = join(dir, "DejaVuSans-Bold.ttf");
    if (existsSync(regular)) return (found = { regular, bold: existsSync(bold) ? bold : regular });
  }
  throw new Error(messages.noFont(dirs));
}

/** Advance-width metrics of the regular and bold faces. */
export function fontMetrics(): { regular: FontMetrics; bold: FontMetrics } {
  if (!metrics) {
    const files = fontFiles();
    metrics = { regular: readFontMetrics(files.regular), bold: readFontMetrics(files.bold) };
  }
  return metrics;
}
