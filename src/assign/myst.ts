/**
 * Reads a lesson written as a MyST Markdown notebook (the text format jupytext
 * calls "myst"): optional front matter between `---` lines, Markdown, and code
 * cells in ```` ```{code-cell} typescript ```` fences. `+++` (optionally
 * followed by JSON metadata) separates Markdown cells. A code cell's options
 * come first inside its fence, one `:key: value` per line.
 *
 * Fences follow CommonMark: a fence is three or more backticks (or tildes)
 * and closes at a line of the same character at least as long, so a code cell
 * opened with four backticks may contain a ``` line, and a Markdown code block
 * (say, an example of a lesson cell) is never read as a cell.
 *
 * @example
 *   parseMyst("# Title\n\n```{code-cell} typescript\n:grade_id: ex1\n1 + 1\n```\n").cells;
 *   // [{ cell_type: "markdown", source: "# Title" }, { cell_type: "code", source: "1 + 1", metadata: { grade_id: "ex1" } }]
 */
import { messages } from "./messages";

export interface MystCell {
  cell_type: "markdown" | "code";
  source: string;
  metadata: Record<string, unknown>;
  /** The line (1-based) where the cell starts in the file, for messages. */
  line: number;
}

export interface MystNotebook {
  /** The front matter's text (YAML), without the `---` lines. */
  frontMatter: string;
  cells: MystCell[];
}

const CODE_FENCE = /^(`{3,}|~{3,})\{code-cell\}(?:\s+(\S+))?\s*$/;
const FENCE = /^(`{3,}|~{3,})/;
const OPTION = /^:([A-Za-z_][\w-]*):\s*(.*)$/;
const BREAK = /^\+\+\+\s*(\{.*\})?\s*$/;

export function parseMyst(text: string, file = "lesson"): MystNotebook {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  let k = 0;
  let frontMatter = "";
  if (lines[0] === "---") {
    const end = lines.indexOf("---", 1);
    if (end < 0) throw new Error(messages.frontMatterNotClosed(file));
    frontMatter = lines.slice(1, end).join("\n");
    k = end + 1;
  }
  const cells: MystCell[] = [];
  let markdown: string[] = [];
  let markdownStart = k + 1;
  let markdownMeta: Record<string, unknown> = {};
  const flush = () => {
    const source = trimBlankLines(markdown).join("\n");
    if (source !== "" || Object.keys(markdownMeta).length > 0) {
      cells.push({ cell_type: "markdown", source, metadata: markdownMeta, line: markdownStart });
    }
    markdown = [];
    markdownMeta = {};
  };
  for (; k < lines.length; k++) {
    const line = lines[k];
    const fence = CODE_FENCE.exec(line);
    const brk = BREAK.exec(line);
    const markdownFence = fence ? null : FENCE.exec(line);
    if (markdownFence) {
      // A Markdown code block: kept as it is, up to its closing fence.
      const end = closingFence(lines, k + 1, markdownFence[1]);
      markdown.push(...lines.slice(k, end < 0 ? lines.length : end + 1));
      k = end < 0 ? lines.length : end;
    } else if (fence) {
      flush();
      if (fence[2] !== undefined && fence[2] !== "typescript") {
        throw new Error(messages.codeCellLanguage(file, k + 1, fence[2]));
      }
      const start = k + 1;
      const metadata: Record<string, unknown> = {};
      let body = k + 1;
      for (let m = OPTION.exec(lines[body] ?? ""); m; m = OPTION.exec(lines[body] ?? "")) {
        metadata[m[1]] = parseValue(m[2]);
        body++;
      }
      const end = closingFence(lines, body, fence[1]);
      if (end < 0) throw new Error(messages.codeCellNotClosed(file, start, fence[1]));
      cells.push({ cell_type: "code", source: trimBlankLines(lines.slice(body, end)).join("\n"), metadata, line: start });
      k = end;
      markdownStart = k + 2;
    } else if (brk) {
      flush();
      if (brk[1] !== undefined) {
        try {
          markdownMeta = JSON.parse(brk[1]) as Record<string, unknown>;
        } catch {
          throw new Error(messages.breakMetadataNotJson(file, k + 1, brk[1]));
        }
      }
      markdownStart = k + 2;
    } else {
      markdown.push(line);
    }
  }
  flush();
  return { frontMatter, cells };
}

/** The index of the line that closes a fence opened with `opening` (same character, at least as long), or −1. */
function closingFence(lines: readonly string[], from: number, opening: string): number {
  const close = new RegExp(`^${opening[0] === "`" ? "`" : "~"}{${opening.length},}\\s*$`);
  for (let k = from; k < lines.length; k++) if (close.test(lines[k])) return k;
  return -1;
}

/** An option's value: JSON where it parses (numbers, booleans, ["lists"]), a flow list [a, b], else the text. */
function parseValue(text: string): unknown {
  const value = text.trim();
  try {
    return JSON.parse(value);
  } catch {
    const list = /^\[(.*)\]$/.exec(value);
    if (list) return list[1].split(",").map((item) => item.trim()).filter((item) => item !== "");
    return value;
  }
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0, end = lines.length;
  while (start < end && lines[start].trim() === "") start++;
  while (end > start && lines[end - 1].trim() === "") end--;
  return lines.slice(start, end);
}
