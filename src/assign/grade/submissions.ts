/**
 * Finding submissions for `nnlab grade`: a notebook given directly belongs to
 * the student its folder is named after; a folder holds either one student's
 * notebooks or one folder per student (`alice/00-getting-started.ipynb`).
 * Inside a folder, symbolic links are never followed and hidden folders are
 * not entered: each is reported as an entry with a `problem` instead.
 */
import { createHash } from "crypto";
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from "fs";
import path from "path";
import { messages } from "../messages";

export interface Submission {
  student: string;
  /** The notebook's path in the student's folder, without .ipynb: "00-getting-started". */
  notebook: string;
  file: string;
  /** The lesson it answers: the file name without .ipynb and without a copy suffix (" (1)", "-Copy1"). */
  lesson: string;
  /**
   * Why this entry is not graded (a hidden folder, a symbolic link, a link
   * loop, an unreadable folder): it gets a row of its own saying so, and is
   * never read, followed or merged with another.
   */
  problem?: string;
}

/** What Jupyter, git and file managers leave behind: skipped without a word. */
const ignored = (name: string) => name === "node_modules" || name === ".ipynb_checkpoints" || name === ".git" || name === ".DS_Store" || name === ".Trash";

/** The lesson name in a notebook's file name: "00-getting-started (1).ipynb" → "00-getting-started". */
export function lessonName(file: string): string {
  return path.basename(file).replace(/\.ipynb$/i, "").replace(/(?:[- ]Copy\d*| \(\d+\))+$/i, "");
}

/**
 * Why an entry of a submissions folder is not graded, or undefined: a
 * symbolic link (never followed; said whether it leaves `top`, or loops) or a
 * hidden folder.
 */
function entryProblem(entry: string, top: string): string | undefined {
  const name = path.basename(entry);
  let stat;
  try {
    stat = lstatSync(entry);
  } catch (error) {
    return `not graded: could not read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  if (stat.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(entry);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === "ELOOP" ? "not graded: a symbolic link that loops (it leads back to itself); replace it with the real folder or notebook" : `not graded: a symbolic link to nothing (${code ?? "unreadable"}); replace it with the real folder or notebook`;
    }
    const inside = target === top || target.startsWith(top + path.sep);
    return inside
      ? "not graded: a symbolic link to another place in the submissions folder (links are never followed, so no submission is graded twice or under another name); copy the real file instead"
      : "not graded: a symbolic link that leaves the submissions folder (links are never followed); copy the real file instead";
  }
  if (name.startsWith(".") && stat.isDirectory()) return "not graded: a hidden folder (its name starts with a dot); rename it without the dot to grade it";
  return undefined;
}

/** Every entry of `dir`, sorted, or a problem when it cannot be listed. */
function list(dir: string): string[] | { problem: string } {
  try {
    return readdirSync(dir).sort();
  } catch (error) {
    return { problem: `not graded: could not read the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
}

/** Every submission in `paths`, each file once, sorted by student then notebook; entries not graded carry a `problem`. */
export function findSubmissions(paths: readonly string[]): Submission[] {
  const found = new Map<string, Submission>();
  const relative = (base: string, file: string) => path.relative(base, file).replace(/\.ipynb$/i, "").split(path.sep).join("/");
  const add = (student: string, base: string, file: string, problem?: string) => {
    const key = path.resolve(file);
    if (!found.has(key)) found.set(key, { student, notebook: relative(base, file), file, lesson: lessonName(file), ...(problem ? { problem } : {}) });
  };
  /** The notebooks under one student's folder `dir` (`base`: where their paths start). */
  const walk = (student: string, base: string, dir: string, top: string) => {
    const names = list(dir);
    if (!Array.isArray(names)) return add(student, base, dir, names.problem);
    for (const name of names) {
      const child = path.join(dir, name);
      if (ignored(name)) continue;
      const problem = entryProblem(child, top);
      if (problem) add(student, base, child, problem);
      else if (statSync(child).isDirectory()) walk(student, base, child, top);
      else if (name.endsWith(".ipynb") && !name.startsWith(".")) add(student, base, child);
    }
  };
  for (const p of paths) {
    if (!existsSync(p)) throw new Error(messages.noSubmission(p));
    if (!statSync(p).isDirectory()) {
      add(path.basename(path.dirname(path.resolve(p))), path.dirname(p), p);
      continue;
    }
    const top = realpathSync(p);
    const names = list(p);
    if (!Array.isArray(names)) throw new Error(messages.unreadableFolder(p, names.problem));
    for (const name of names) {
      const child = path.join(p, name);
      if (ignored(name)) continue;
      const problem = entryProblem(child, top);
      if (problem) add(name, p, child, problem);
      else if (statSync(child).isDirectory()) walk(name, child, child, top);
      else if (name.endsWith(".ipynb") && !name.startsWith(".")) add(path.basename(path.resolve(p)), p, child);
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
