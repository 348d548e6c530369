/**
 * A student's copy of the lessons, kept up to date without ever losing their
 * work: the teacher's released notebooks (`notebooks/`) are copied into the
 * student's `lessons/` folder when their server starts, and again whenever
 * the teacher releases new ones.
 *
 * For each released file, with the version last given to this student
 * remembered (a SHA-256 in a small manifest in their home):
 *
 *   the student has no such file         → copied (a deleted lesson comes back)
 *   release unchanged since last given   → nothing
 *   student's file equals the release    → nothing (remembered as given)
 *   student never changed their copy     → replaced by the new version
 *   student changed it (their work)      → the new version goes beside it,
 *                                           "NAME (updated YYYY-MM-DD).ipynb"
 *
 * Writes never follow a link the student planted: a new file is created with
 * O_EXCL, a replacement is written to a fresh temporary name and renamed over
 * the old one. Files the release does not have are never touched.
 */
import { createHash } from "crypto";
import { constants, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import path from "path";
import { messages } from "./messages";

export type SyncAction = "copied" | "unchanged" | "updated" | "beside" | "kept";

export interface SyncEntry {
  /** The file's path inside the lessons folder, with "/". */
  file: string;
  action: SyncAction;
  /** For "beside": the new version's path inside the lessons folder. */
  beside?: string;
}

/** What the manifest remembers per released file. */
export interface Given {
  /** SHA-256 of the version last copied or put in place. */
  given: string;
  /** SHA-256 of the version last put beside a changed copy, and that copy's path in the lessons folder. */
  offered?: string;
  offeredFile?: string;
}
export type Manifest = Record<string, Given>;

export const MANIFEST = ".nnlab-lessons.json";

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** Released files under `dir` (relative, "/"-separated, sorted), skipping dot-files and checkpoints. */
export function releasedFiles(dir: string, base = ""): string[] {
  return readdirSync(path.join(dir, base), { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const rel = base ? `${base}/${e.name}` : e.name;
      if (e.isDirectory()) return releasedFiles(dir, rel);
      return e.isFile() ? [rel] : [];
    });
}

/** "00-intro.ipynb" → "00-intro (updated 2026-11-30).ipynb", or "… 2026-11-30 2)…" if that is taken. */
export function besideName(file: string, day: string, taken: (candidate: string) => boolean): string {
  const ext = path.posix.extname(file);
  const stem = file.slice(0, file.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = `${stem} (updated ${day}${n > 1 ? ` ${n}` : ""})${ext}`;
    if (!taken(candidate)) return candidate;
  }
}

export function readManifest(file: string): Manifest {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Manifest) : {};
  } catch {
    return {};
  }
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Copies `from` to a new file `to` (fails if anything, even a dangling link, is there). */
function copyNew(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to, constants.COPYFILE_EXCL);
}

/** Replaces `to` with a copy of `from` by renaming a fresh file over it. */
function replace(from: string, to: string): void {
  const temp = path.join(path.dirname(to), `.${path.basename(to)}.${process.pid}.nnlab-tmp`);
  rmSync(temp, { force: true });
  copyFileSync(from, temp, constants.COPYFILE_EXCL);
  renameSync(temp, to);
}

/**
 * Brings `lessons` (a student's folder) up to date with `release` (the
 * teacher's notebooks); `manifestFile` remembers what was given. `day` names
 * versions put beside changed copies (YYYY-MM-DD).
 */
export function syncLessons(release: string, lessons: string, manifestFile: string, day: string): SyncEntry[] {
  if (!existsSync(release)) throw new Error(messages.noRelease(release));
  const manifest = readManifest(manifestFile);
  mkdirSync(lessons, { recursive: true });
  const entries = releasedFiles(release).map((file): SyncEntry => {
    const from = path.join(release, file);
    const to = path.join(lessons, file);
    const hash = sha256(from);
    const record = manifest[file];
    if (!exists(to)) {
      copyNew(from, to);
      manifest[file] = { given: hash };
      return { file, action: "copied" };
    }
    if (record?.given === hash) return { file, action: "unchanged" };
    if (!lstatSync(to).isFile()) return { file, action: "kept" };
    const theirs = sha256(to);
    if (theirs === hash) {
      manifest[file] = { ...record, given: hash };
      return { file, action: "unchanged" };
    }
    if (record && theirs === record.given) {
      replace(from, to);
      manifest[file] = { given: hash };
      return { file, action: "updated" };
    }
    if (record?.offered === hash) return { file, action: "kept" };
    const beside = besideName(file, day, (candidate) => exists(path.join(lessons, candidate)));
    copyNew(from, path.join(lessons, beside));
    manifest[file] = { given: record?.given ?? "", offered: hash, offeredFile: beside };
    return { file, action: "beside", beside };
  });
  const temp = `${manifestFile}.${process.pid}.nnlab-tmp`;
  rmSync(temp, { force: true });
  writeFileSync(temp, JSON.stringify(manifest, null, 2) + "\n", { flag: "wx" });
  renameSync(temp, manifestFile);
  return entries;
}
