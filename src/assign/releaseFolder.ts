import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { basename, join } from "path";
import { lessonNotebook, type Version } from "./release";
import { serializeNotebook } from "../ipynb";

/** The lesson sources in a folder: every `*.md` file except README.md, in name order. */
export function lessonFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
    .sort()
    .map((name) => join(folder, name));
}

/** The notebook text a lesson file releases to. */
export function releasedText(file: string, version: Version = "student"): string {
  return serializeNotebook(lessonNotebook(readFileSync(file, "utf8"), { file: basename(file), version }));
}

/**
 * Writes `<name>.ipynb` in `out` for every lesson in `lessons`; returns the
 * paths written. Deterministic: the same sources give byte-identical notebooks.
 */
export function releaseFolder(lessons: string, out: string, version: Version = "student"): string[] {
  if (!existsSync(out)) mkdirSync(out, { recursive: true });
  return lessonFiles(lessons).map((file) => {
    const target = join(out, basename(file).replace(/\.md$/, ".ipynb"));
    writeFileSync(target, releasedText(file, version));
    return target;
  });
}
