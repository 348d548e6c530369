/**
 * An nbgrader course folder made from nnlab lessons: each lesson's source
 * version (solutions and hidden tests in, with their markers; nbgrader's
 * generate_assignment makes the student version) as the assignment of the
 * same name, COURSE/source/<lesson>/<lesson>.ipynb, and an nbgrader_config.py.
 */
import { existsSync, mkdirSync, writeFileSync } from "fs";
import { basename, join } from "path";
import { lessonFiles, releasedText } from "../../assign/releaseFolder";
import { nbgraderConfig } from "./config";

export interface Course {
  /** The files written (the source notebooks, and the config unless it was there). */
  written: string[];
  /** The nbgrader_config.py found in the course and left as it was, if any. */
  kept?: string;
}

/** Writes (or rewrites) every lesson's source notebook; writes nbgrader_config.py only if the course has none. */
export function initCourse(course: string, lessons: string): Course {
  const written = lessonFiles(lessons).map((file) => {
    const assignment = basename(file).replace(/\.md$/, "");
    const folder = join(course, "source", assignment);
    mkdirSync(folder, { recursive: true });
    const target = join(folder, `${assignment}.ipynb`);
    writeFileSync(target, releasedText(file, "nbgrader"));
    return target;
  });
  const config = join(course, "nbgrader_config.py");
  if (existsSync(config)) return { written, kept: config };
  writeFileSync(config, nbgraderConfig());
  return { written: [...written, config] };
}
