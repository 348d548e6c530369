import { mkdirSync, writeFileSync } from "fs";
import { dirname, extname } from "path";
import type { TopLevelSpec } from "vega-lite";
import { MIME } from "../jupyter/display";
import { messages } from "./messages";
import { bundleOf } from "./show";
import type { Showable } from "./showable";

/**
 * Writes a chart or an explanation to files: `.png`, `.svg`, `.json`
 * (the Vega-Lite spec) or `.md` by the path's extension; without one, every
 * file the bundle has (`path.png`, `path.svg`, `path.vl.json`, `path.md`).
 * Returns the paths written.
 *
 * @example
 *   save(lossCurve(history), "out/loss");       // out/loss.png, out/loss.svg, out/loss.vl.json
 *   save(decisionBoundary(net, data), "map.png");
 */
export function save(x: TopLevelSpec | Showable | object, path: string): string[] {
  const { data } = bundleOf(x);
  const files: Record<string, [string, string | Buffer]> = {};
  if (typeof data[MIME.png] === "string") files[".png"] = [MIME.png, Buffer.from(data[MIME.png] as string, "base64")];
  if (typeof data[MIME.svg] === "string") files[".svg"] = [MIME.svg, data[MIME.svg] as string];
  if (data[MIME.vegaLite] !== undefined) files[".json"] = [MIME.vegaLite, JSON.stringify(data[MIME.vegaLite], null, 2)];
  if (typeof data[MIME.markdown] === "string") files[".md"] = [MIME.markdown, data[MIME.markdown] as string];
  const ext = extname(path).toLowerCase();
  const chosen = ext === "" ? Object.entries(files).map(([e, file]) => [path + (e === ".json" ? ".vl.json" : e), file] as const) : [[path, files[ext]] as const];
  const written: string[] = [];
  for (const [file, content] of chosen) {
    if (content === undefined) throw new Error(messages.noSuchForm(path, data[MIME.vegaLite] ? "chart" : "explanation", ext, Object.keys(files)));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content[1]);
    written.push(file);
  }
  return written;
}
