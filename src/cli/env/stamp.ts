/**
 * The stamp that says an environment is complete: the SHA-256 of each set of
 * requirement files it was installed from (one line per set: the base, the
 * base with an extra, …), written only after pip succeeded. No stamp (a first
 * run, or an install that was interrupted) or no line for the set asked for
 * (the requirements changed, or a new extra) means: install again.
 */
import { createHash } from "crypto";
import { existsSync, readFileSync, writeFileSync } from "fs";
import path from "path";

export const STAMP_FILE = "nnlab-requirements.sha256";

/** The hash of the files' contents, in order (names are not part of it). */
export function requirementsHash(files: readonly string[], read: (file: string) => string = (f) => readFileSync(f, "utf8")): string {
  const hash = createHash("sha256");
  for (const file of files) hash.update(read(file).replace(/\r\n/g, "\n")).update("\0");
  return hash.digest("hex");
}

/** At most this many sets are remembered (older lines are dropped). */
const KEEP = 8;

export function readStamp(envDir: string): string[] {
  const file = path.join(envDir, STAMP_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /^[0-9a-f]{64}$/.test(line));
}

export function writeStamp(envDir: string, hashes: readonly string[]): void {
  const unique = [...new Set(hashes)].slice(-KEEP);
  writeFileSync(path.join(envDir, STAMP_FILE), unique.map((h) => h + "\n").join(""));
}

/** What to do with an environment: nothing, create it, or (re)install its packages. */
export type EnvAction = "ready" | "create" | "install";

export function envAction(state: { pythonRuns: boolean; stamps: readonly string[]; hash: string }): EnvAction {
  if (!state.pythonRuns) return "create";
  return state.stamps.includes(state.hash) ? "ready" : "install";
}
