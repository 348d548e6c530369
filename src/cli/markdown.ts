/**
 * Markdown cells as HTML. Uses nbconvert's renderer (mistune) when a Python
 * with nbconvert is there (it is wherever `nnlab run` works); otherwise shows
 * the Markdown text as written.
 */
import { spawnSync } from "child_process";
import path from "path";
import { packageRoot } from "../kernel/resolve";
import { escapeHtml } from "./html";
import { findPython } from "./jupyter";

export function markdownToHtml(sources: readonly string[]): string[] {
  if (sources.length === 0) return [];
  const python = findPython(["nbconvert"]);
  if (python) {
    const result = spawnSync(python, [path.join(packageRoot(), "scripts", "nnlab_markdown.py")], {
      input: JSON.stringify(sources),
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status === 0) return JSON.parse(result.stdout);
  }
  return sources.map((s) => `<pre class="markdown">${escapeHtml(s)}</pre>`);
}
