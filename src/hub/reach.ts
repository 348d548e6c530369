/**
 * Whether other accounts (the students' own, `nnlab hub --users system`) can
 * reach a path: every folder on the way, the link targets included, must be
 * searchable by others (o+x), and the path itself readable (o+r; o+x too for
 * an executable). A Python made by pyenv under /root (mode 700) is the usual
 * case that fails.
 */
import { realpathSync, statSync } from "fs";
import path from "path";

function ancestors(file: string): string[] {
  const out: string[] = [];
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    out.unshift(dir);
    if (dir === path.dirname(dir)) return out;
  }
}

/** Why the path cannot be used by other accounts, or undefined if it can. */
export function whyUnreachable(target: string, mode = (p: string) => statSync(p).mode): string | undefined {
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return `${target} does not exist`;
  }
  for (const p of [...new Set([...ancestors(path.resolve(target)), ...ancestors(real)])]) {
    const m = mode(p);
    if ((m & 0o001) === 0) return `${target}: the folder ${p} is closed to other accounts (mode ${(m & 0o777).toString(8)})`;
  }
  const m = mode(real);
  if ((m & 0o004) === 0) return `${target}: ${real} is not readable by other accounts (mode ${(m & 0o777).toString(8)})`;
  if ((m & 0o111) !== 0 && (m & 0o001) === 0) return `${target}: ${real} cannot be run by other accounts (mode ${(m & 0o777).toString(8)})`;
  return undefined;
}

/** The problems among `targets` (see whyUnreachable). */
export function unreachable(targets: readonly string[]): string[] {
  return targets.flatMap((t) => whyUnreachable(t) ?? []);
}
