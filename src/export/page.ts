/**
 * Renders a notebook (nbformat 4) as one self-contained HTML page. Vega-Lite
 * outputs become interactive charts: vega, vega-lite and vega-embed are
 * inlined once per page (no CDN), each chart keeps its PNG as the no-script
 * fallback.
 */
import { readFileSync } from "fs";
import path from "path";
import { joinSource as joined, type CellOutput, type Notebook } from "../ipynb";
import { MIME } from "../jupyter/display";
import { ensurePackages, FEATURES, packageDir } from "../optional";
import { escapeHtml, scriptJson, stripAnsi } from "./html";

export const VEGALITE_MIME = /^application\/vnd\.vegalite\.v\d\+json$/;
const VEGA_LIBRARIES = [
  ["vega", "build/vega.min.js"],
  ["vega-lite", "build/vega-lite.min.js"],
  ["vega-embed", "build/vega-embed.min.js"],
] as const;


const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; max-width: 960px; margin: 2em auto; padding: 0 1em; color: #222; }
.cell { margin: 1em 0; }
.source { background: #f6f8fa; border: 1px solid #e1e4e8; border-radius: 4px; padding: .6em .8em; overflow-x: auto; }
.prompt { color: #999; font: 12px monospace; }
pre { margin: .3em 0; white-space: pre-wrap; }
pre.stderr { background: #fff5f5; }
pre.error { background: #fdecea; color: #8a1c1c; padding: .5em; }
.output img { max-width: 100%; }
.chart { min-height: 20px; }`;

function inlineScripts(): string {
  ensurePackages("A page with interactive charts (nnlab export)", FEATURES.page);
  return VEGA_LIBRARIES.map(([name, file]) => `<script>${readFileSync(path.join(packageDir(name)!, file), "utf8").replace(/<\/script/gi, "<\\/script")}</script>`).join("\n");
}

function renderData(data: Record<string, unknown>, charts: { count: number }): string {
  const vegaLite = Object.keys(data).find((m) => VEGALITE_MIME.test(m));
  const png = data[MIME.png] ? `<img src="data:image/png;base64,${joined(data[MIME.png]).trim()}" alt="chart">` : "";
  if (vegaLite) {
    const id = `chart-${++charts.count}`;
    return `<div class="chart" id="${id}">${png}</div><script type="application/json" data-chart="${id}">${scriptJson(data[vegaLite])}</script>`;
  }
  if (data["text/html"]) return `<div>${joined(data["text/html"])}</div>`;
  if (data[MIME.svg]) return `<div>${joined(data[MIME.svg])}</div>`;
  if (png) return png;
  if (data["image/jpeg"]) return `<img src="data:image/jpeg;base64,${joined(data["image/jpeg"]).trim()}" alt="">`;
  if (data[MIME.text] !== undefined) return `<pre>${escapeHtml(joined(data[MIME.text]))}</pre>`;
  return "";
}

function renderOutput(output: CellOutput, charts: { count: number }): string {
  switch (output.output_type) {
    case "stream":
      return `<pre class="${output.name}">${escapeHtml(joined(output.text))}</pre>`;
    case "error":
      return `<pre class="error">${escapeHtml(stripAnsi((output.traceback ?? [`${output.ename}: ${output.evalue}`]).join("\n")))}</pre>`;
    default:
      return output.data ? renderData(output.data, charts) : "";
  }
}

/**
 * The page for `notebook`; `markdown` holds the HTML of its markdown cells, in
 * order. Sources stored as lines (a notebook parsed without readNotebook) are
 * joined too.
 */
export function renderPage(notebook: Pick<Notebook, "cells">, title: string, markdown: readonly string[]): string {
  const charts = { count: 0 };
  let nextMarkdown = 0;
  const body = notebook.cells
    .map((cell) => {
      if (cell.cell_type === "markdown") return `<div class="cell markdown">${markdown[nextMarkdown++] ?? ""}</div>`;
      if (cell.cell_type === "raw") return "";
      const prompt = `<div class="prompt">In [${cell.execution_count ?? " "}]:</div>`;
      const source = `<pre class="source"><code>${escapeHtml(joined(cell.source))}</code></pre>`;
      const outputs = (cell.outputs ?? []).map((o) => renderOutput(o, charts)).join("\n");
      return `<div class="cell code">${prompt}${source}<div class="output">${outputs}</div></div>`;
    })
    .join("\n");
  const scripts = charts.count
    ? `${inlineScripts()}
<script>
for (const el of document.querySelectorAll("script[data-chart]")) {
  const target = document.getElementById(el.dataset.chart);
  vegaEmbed(target, JSON.parse(el.textContent), { actions: false, renderer: "svg" })
    .then(() => target.setAttribute("data-rendered", "true"))
    .catch((error) => { console.error(error); target.setAttribute("data-error", String(error)); });
}
</script>`
    : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
${scripts}
</body>
</html>
`;
}
