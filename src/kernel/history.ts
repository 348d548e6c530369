/**
 * The kernel's input history for `history_request` (in memory, this session
 * only): `tail`, `range` and `search` (glob pattern, `unique`, `n`).
 */
export type HistoryEntry = [session: number, line: number, input: string | [string, string | null]];

export interface HistoryRequest {
  output?: boolean;
  hist_access_type?: "tail" | "range" | "search";
  session?: number;
  start?: number;
  stop?: number;
  n?: number;
  pattern?: string;
  unique?: boolean;
}

const SESSION = 1;

/** A glob (`*`, `?`) as an anchored regular expression. */
export function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[\\s\\S]*").replace(/\?/g, "[\\s\\S]");
  return new RegExp(`^${body}$`);
}

export class History {
  private entries: { line: number; input: string; output: string | null }[] = [];

  /** Records one executed input under its execution count. */
  add(line: number, input: string, output: string | null = null): void {
    this.entries.push({ line, input, output });
  }

  query(request: HistoryRequest): HistoryEntry[] {
    let rows = this.entries;
    switch (request.hist_access_type ?? "tail") {
      case "tail":
        rows = request.n ? rows.slice(-request.n) : rows;
        break;
      case "range": {
        if ((request.session ?? SESSION) !== SESSION && request.session !== 0) return [];
        const start = request.start ?? 0;
        const stop = request.stop ?? Infinity;
        rows = rows.filter((e) => e.line >= start && e.line < stop);
        break;
      }
      case "search": {
        const pattern = globToRegExp(request.pattern ?? "*");
        rows = rows.filter((e) => pattern.test(e.input));
        if (request.unique) {
          const seen = new Set<string>();
          rows = [...rows].reverse().filter((e) => !seen.has(e.input) && Boolean(seen.add(e.input))).reverse();
        }
        if (request.n) rows = rows.slice(-request.n);
        break;
      }
    }
    return rows.map((e) => [SESSION, e.line, request.output ? [e.input, e.output] : e.input]);
  }
}
