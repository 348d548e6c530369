/**
 * The stamp that says an environment is complete: the SHA-256 of the
 * requirement files it was installed from, written only after pip succeeded.
 * No stamp (a first run, or an install that was interrupted) or a different
 * hash (the requirements changed) means: install again.
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

export function readStamp(envDir: string): string | undefined {
  const file = path.join(envDir, STAMP_FILE);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

export function writeStamp(envDir: string, hash: string): void {
  writeFileSync(path.join(envDir, STAMP_FILE), hash + "\n");
}

/** What to do with an environment: nothing, create it, or (re)install its packages. */
export type EnvAction = "ready" | "create" | "install";

export function envAction(state: { pythonRuns: boolean; stamp: string | undefined; hash: string }): EnvAction {
  if (!state.pythonRuns) return "create";
  return state.stamp === state.hash ? "ready" : "install";
}
