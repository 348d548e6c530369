/**
 * The feedback page a student gets for a graded submission: the score, one
 * line per test (what passed, what failed and why), then the executed
 * notebook with its outputs. Hidden tests stay hidden: tests cells show the
 * source the student saw.
 *
 * Everything in it came from a submission, so nothing in it runs: outputs keep
 * only their passive forms (text, PNG, JPEG; a chart shows its PNG), and the
 * page's Content-Security-Policy allows no script, no plug-in, no request to
 * anywhere (a `<script>` or an `onerror=` in a Markdown cell stays inert).
 */
import type { GradeRow } from "./gradebook";
import { total } from "./gradebook";
import type { GradedItem } from "./prepare";
import { escapeHtml, markdownToHtml, renderPage } from "../../export";
import { joinSource as joined, type Notebook } from "../../ipynb";

export interface FeedbackInput {
  title: string;
  rows: readonly GradeRow[];
  /** The executed notebook, when the submission could be run. */
  notebook?: Notebook;
  items?: readonly GradedItem[];
}

const STYLE = `<style>
.grades { border-collapse: collapse; margin: 1em 0 2em; }
.grades td, .grades th { border: 1px solid #ddd; padding: .3em .6em; text-align: left; vertical-align: top; }
.grades .passed { color: #1a7f37; } .grades .status { font-weight: bold; white-space: nowrap; }
.grades tr:not(.passed) .status { color: #b42318; }
</style>`;

function summary({ title, rows }: FeedbackInput): string {
  const { points, max_points } = total(rows);
  const lines = rows.map((row) => `<tr class="${row.status}"><td>${escapeHtml(row.grade_id)}</td><td class="status">${row.status}</td>` +
    `<td>${row.points} / ${row.max_points}</td><td>${escapeHtml(row.message)}</td></tr>`);
  return `${STYLE}
<h1>${escapeHtml(title)}</h1>
<p><strong>Score: ${points} / ${max_points}</strong></p>
<table class="grades"><tr><th>test</th><th>result</th><th>points</th><th>details</th></tr>
${lines.join("\n")}
</table>`;
}

/**
 * The notebook as the student should see it: tests cells with their hidden
 * tests left out again, and their errors without a traceback (it quotes the
 * source line, which may be a hidden test).
 */
function studentView(notebook: Notebook, items: readonly GradedItem[]): Notebook {
  const sources = new Map(items.filter((i) => i.role === "tests" && i.index !== undefined).map((i) => [i.index!, i.studentSource]));
  const bare = (output: any) => (output.output_type === "error" ? { ...output, traceback: [`${output.ename}: ${output.evalue}`] } : output);
  return {
    ...notebook,
    cells: notebook.cells.map((cell, k) => {
      const shown = sources.has(k) ? { ...cell, source: sources.get(k)!, outputs: (cell.outputs ?? []).map(bare) } : cell;
      return shown.outputs ? { ...shown, outputs: shown.outputs.map(passive) } : shown;
    }),
  };
}

/** The MIME types a feedback page shows: none of them can run code. */
const PASSIVE = new Set(["text/plain", "image/png", "image/jpeg"]);

/** An output with only its passive forms (a display with nothing passive left says what it was). */
function passive(output: any): any {
  if (!output.data || typeof output.data !== "object") return output;
  const data = Object.fromEntries(Object.entries(output.data).filter(([mime]) => PASSIVE.has(mime)));
  if (Object.keys(data).length === 0) data["text/plain"] = `[${Object.keys(output.data).join(", ")} output, not shown in feedback]`;
  return { ...output, data };
}

/**
 * Markdown's HTML with the tags that run, load or redirect written as text
 * (`<script` → `&lt;script`), a second line behind the page's CSP (which also
 * keeps `onerror=` and the like from running).
 */
export function disarm(html: string): string {
  return html.replace(/<(?=\/?(?:script|iframe|frame|frameset|object|embed|applet|meta|link|base|form|svg|math|style|template)\b)/gi, "&lt;");
}

/** No script, frame, plug-in or request: images only from data: URLs, styles only inline. */
export const FEEDBACK_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

/** The HTML pages for many submissions (Markdown rendered in one batch). */
export function feedbackPages(inputs: readonly FeedbackInput[]): string[] {
  const notebooks = inputs.map((input) => (input.notebook ? studentView(input.notebook, input.items ?? []) : { cells: [] }));
  const markdown = notebooks.map((nb) => nb.cells.filter((c) => c.cell_type === "markdown").map((c) => joined(c.source)));
  const html = markdownToHtml(markdown.flat());
  let next = 0;
  return inputs.map((input, k) => {
    const page = renderPage(notebooks[k], input.title, html.slice(next, (next += markdown[k].length)).map(disarm));
    return page
      .replace("<head>\n", `<head>\n<meta http-equiv="Content-Security-Policy" content="${FEEDBACK_CSP}">\n`)
      .replace("<body>\n", `<body>\n${summary(input)}\n<hr>\n`);
  });
}
