/**
 * Markdown cells as HTML, with nbconvert's renderer (mistune) from nnlab's
 * Python environment (made first if needed). If that Python cannot be had or
 * fails, the Markdown text is shown as written.
 */
import { spawnSync } from "child_process";
import { packagePaths } from "../paths";
import { escapeHtml } from "./html";
import { jupyterPython } from "../cli/env/pythonEnv";

export function markdownToHtml(sources: readonly string[]): string[] {
  if (sources.length === 0) return [];
  let python: string | undefined;
  try {
    python = jupyterPython();
  } catch (error) {
    console.error(`nnlab: Markdown shown as text: ${error instanceof Error ? error.message : error}`);
  }
  if (python) {
    const result = spawnSync(python, [packagePaths().script("nnlab_markdown.py")], {
      input: JSON.stringify(sources),
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status === 0) return JSON.parse(result.stdout);
  }
  return sources.map((s) => `<pre class="markdown">${escapeHtml(s)}</pre>`);
}
