/**
 * Which notebooks the browser tests open, and a copy of them to serve:
 * JupyterLab and Notebook 7 autosave, and notebooks/ must stay as committed.
 */
import { cpSync, mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { releasedText } from "../../../src/assign";

const ROOT = path.resolve(__dirname, "..", "..", "..");

/** The released notebooks under test: notebooks/, or another folder released by `nnlab release` (NNLAB_BROWSER_NOTEBOOKS). */
export const RELEASED = path.resolve(process.env.NNLAB_BROWSER_NOTEBOOKS || path.join(ROOT, "notebooks"));

/** "student" (the released notebooks, as learners get them) or "teacher" (NNLAB_BROWSER_VERSION=teacher: solutions in). */
export const VERSION = process.env.NNLAB_BROWSER_VERSION === "teacher" ? "teacher" : "student";

/** A temporary folder holding a copy of the released notebooks; in the teacher version, `names` released with their solutions. */
export function servedCopy(prefix: string, names: readonly string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cpSync(RELEASED, dir, { recursive: true });
  if (VERSION === "teacher") {
    for (const name of names) writeFileSync(path.join(dir, name), releasedText(path.join(ROOT, "lessons", name.replace(/\.ipynb$/, ".md")), "teacher"));
  }
  return dir;
}
