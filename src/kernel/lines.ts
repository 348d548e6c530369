/**
 * Maps a line of the JavaScript a cell compiled to back to the cell's
 * TypeScript line. tslab emits no source map, but the emitted line keeps the
 * statement's names and literals, so the cell line sharing most of them (the
 * nearest one on ties) is the one that ran.
 */
const TOKEN = /[A-Za-z_$][\w$]*|\d+(?:\.\d+)?|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;
const NOISE = new Set(["exports", "require", "default", "const", "let", "var", "void", "this", "function", "return", "await", "async"]);

/** The names and literals of one line, without emit noise (`exports`, `nnlab_1`, `_a`). */
export function tokens(line: string): string[] {
  return (line.replace(/\(0,\s*/g, "(").match(TOKEN) ?? []).filter((t) => !NOISE.has(t) && !/_\d+$/.test(t) && !/^_[a-z]$/.test(t)).map((t) => t.replace(/^'(.*)'$/, '"$1"'));
}

/** The 1-based cell line that `jsLine` (1-based) of `js` came from, if any line shares a token with it. */
export function cellLineOf(js: string, jsLine: number, source: string): number | undefined {
  const wanted = tokens(js.split("\n")[jsLine - 1] ?? "");
  if (wanted.length === 0) return undefined;
  const lines = source.split("\n");
  let best: number | undefined;
  let bestScore = 0;
  let bestDistance = Infinity;
  lines.forEach((text, i) => {
    const have = new Set(tokens(text));
    const score = wanted.filter((t) => have.has(t)).length;
    const distance = Math.abs(i + 1 - jsLine);
    if (score > bestScore || (score === bestScore && score > 0 && distance < bestDistance)) {
      best = i + 1;
      bestScore = score;
      bestDistance = distance;
    }
  });
  return best;
}
