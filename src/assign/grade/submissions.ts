/**
 * Finding submissions for `nnlab grade`: a notebook given directly belongs to
 * the student its folder is named after; a folder holds either one student's
 * notebooks or one folder per student (`alice/00-getting-started.ipynb`).
 */
import { createHash } from "crypto";
import { existsSync, readdirSync, statSync } from "fs";
import path from "path";

export interface Submission {
  student: string;
  /** The notebook's path in the student's folder, without .ipynb: "00-getting-started". */
  notebook: string;
  file: string;
  /** The lesson it answers: the file name without .ipynb and without a copy suffix (" (1)", "-Copy1"). */
  lesson: string;
}

const skipped = (name: string) => name.startsWith(".") || name === "node_modules";

/** The lesson name in a notebook's file name: "00-getting-started (1).ipynb" → "00-getting-started". */
export function lessonName(file: string): string {
  return path.basename(file).replace(/\.ipynb$/i, "").replace(/(?:[- ]Copy\d*| \(\d+\))+$/i, "");
}

function notebooksUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const child = path.join(dir, name);
    if (skipped(name)) return [];
    if (statSync(child).isDirectory()) return notebooksUnder(child);
    return name.endsWith(".ipynb") ? [child] : [];
  });
}

/** Every submission in `paths`, each file once, sorted by student then notebook. */
export function findSubmissions(paths: readonly string[]): Submission[] {
  const found = new Map<string, Submission>();
  const add = (student: string, base: string, file: string) => {
    const notebook = path.relative(base, file).replace(/\.ipynb$/i, "").split(path.sep).join("/");
    const key = path.resolve(file);
    if (!found.has(key)) found.set(key, { student, notebook, file, lesson: lessonName(file) });
  };
  for (const p of paths) {
    if (!existsSync(p)) throw new Error(`nnlab grade: no such notebook or folder: ${p}`);
    if (!statSync(p).isDirectory()) {
      add(path.basename(path.dirname(path.resolve(p))), path.dirname(p), p);
      continue;
    }
    for (const name of readdirSync(p).sort()) {
      const child = path.join(p, name);
      if (skipped(name)) continue;
      if (statSync(child).isDirectory()) notebooksUnder(child).forEach((file) => add(name, child, file));
      else if (name.endsWith(".ipynb")) add(path.basename(path.resolve(p)), p, child);
    }
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...found.values()].sort((a, b) => order(a.student, b.student) || order(a.notebook, b.notebook));
}

/**
 * A name safe as one path segment, and different for different names: a name
 * made only of letters, digits and . @ + - _ stays as it is; any other gets its
 * unsafe characters replaced and a hash of the whole name appended, so "Zoë"
 * and "Zoé" never share a feedback page or an executed notebook.
 */
export function safeSegment(name: string): string {
  if (/^[\w.@+-]+$/.test(name) && !/^\.+$/.test(name)) return name;
  const hash = createHash("sha256").update(name, "utf8").digest("hex").slice(0, 8);
  return `${name.replace(/[^\w.@+-]+/g, "_").replace(/^\.+/, "_")}~${hash}`;
}

/**
 * Students whose folder names differ but look the same (equal after Unicode
 * NFC normalization, e.g. "Zoë" typed two ways): each gets the sentence to put
 * on its rows instead of a grade, so no two students are merged or swapped.
 */
export function lookAlikeNames(students: readonly string[]): Map<string, string> {
  const groups = new Map<string, Set<string>>();
  for (const student of students) {
    const key = student.normalize("NFC");
    groups.set(key, (groups.get(key) ?? new Set()).add(student));
  }
  const clashes = new Map<string, string>();
  for (const names of groups.values()) {
    if (names.size < 2) continue;
    const shown = [...names].map((n) => JSON.stringify(n)).join(" and ");
    for (const name of names) {
      clashes.set(name, `not graded: the submission folders ${shown} have names that look the same but are written with different Unicode characters; rename one so each student has a folder of their own, then grade again`);
    }
  }
  return clashes;
}
