/**
 * Collecting one lesson from every student on the hub into the layout
 * `nnlab grade` reads: OUT/<student>/<lesson>.ipynb, a folder per student.
 *
 * Students' homes are theirs: the notebook is opened without following a link
 * (O_NOFOLLOW), must be a regular file no larger than `maxBytes`, and its
 * folder must resolve inside the student's home, so a planted link cannot
 * make the teacher's collection read someone else's file.
 */
import { closeSync, constants, fstatSync, mkdirSync, openSync, readdirSync, readSync, realpathSync, writeFileSync } from "fs";
import path from "path";
import { messages } from "./messages";

export interface Collected {
  student: string;
  status: "collected" | "missing" | "refused";
  /** Where the copy went (collected), or why not (refused). */
  detail?: string;
}

export const MAX_NOTEBOOK_BYTES = 50 * 1024 * 1024;

/** The students: one folder per hub user under `homes`, sorted; dot-folders skipped. */
export function students(homes: string): string[] {
  return readdirSync(homes, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort();
}

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** The bytes of a student's notebook, or why it cannot be read safely. */
export function readStudentFile(home: string, file: string, maxBytes = MAX_NOTEBOOK_BYTES): Buffer | { refused: string } | undefined {
  let fd: number;
  try {
    if (!inside(realpathSync(path.dirname(file)), realpathSync(home))) return { refused: "its folder is a link out of the student's home" };
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    if (code === "ELOOP") return { refused: "it is a link, not a notebook" };
    return { refused: (error as Error).message };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { refused: "it is not a regular file" };
    if (stat.size > maxBytes) return { refused: `it is larger than ${maxBytes} bytes` };
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies `<homes>/<student>/<folder>/<lesson>.ipynb` of every student into
 * `out/<student>/<lesson>.ipynb`; one entry per student.
 */
export function collectLesson(homes: string, lesson: string, out: string, folder = "lessons"): Collected[] {
  const file = lesson.endsWith(".ipynb") ? lesson : `${lesson}.ipynb`;
  if (file !== path.basename(file) || file.startsWith(".")) throw new Error(messages.lessonIsPath(lesson));
  return students(homes).map((student): Collected => {
    const home = path.join(homes, student);
    const content = readStudentFile(home, path.join(home, folder, file));
    if (content === undefined) return { student, status: "missing" };
    if (!Buffer.isBuffer(content)) return { student, status: "refused", detail: content.refused };
    const target = path.join(out, student, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    return { student, status: "collected", detail: target };
  });
}
