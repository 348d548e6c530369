/**
 * Markdown cells as HTML, with nbconvert's renderer (mistune) from nnlab's
 * Python environment (made first if needed). If that Python cannot be had or
 * fails, the Markdown text is shown as written.
 */
import { packagePaths } from "../paths";
import { runHelper } from "../python";
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
    const answer = runHelper<{ html: string }>(python, packagePaths().script("nnlab_markdown.py"), [], { input: JSON.stringify(sources) });
    if (answer.status === 0 && answer.results.length === sources.length) return answer.results.map((r) => r.html);
    console.error(`nnlab: Markdown shown as text: ${answer.errors[0]?.message ?? `the renderer stopped (exit ${answer.status ?? answer.signal})`}`);
  }
  return sources.map((s) => `<pre class="markdown">${escapeHtml(s)}</pre>`);
}
