/**
 * `nnlab release [LESSONS] [--out NOTEBOOKS] [--teacher] [--check]` — turns the
 * lesson sources (MyST Markdown, default lessons/) into the notebooks learners
 * open (default notebooks/): solutions stubbed, hidden tests removed, graded
 * cells carrying nbgrader metadata. Deterministic, so `--check` can tell
 * whether the committed notebooks are in sync with their sources.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { lessonFiles, releaseFolder, releasedText } from "../assign";
import { defineCommand, withArgs } from "./args";

export const RELEASE = defineCommand({
  name: "release",
  summary: "lesson sources (lessons/*.md) → student notebooks (notebooks/); --teacher keeps solutions, --check only compares",
  usage: `usage: nnlab release [LESSONS] [--out NOTEBOOKS] [--teacher] [--check]

  Turns the lesson sources in LESSONS (default lessons/) into the notebooks learners open
  (default notebooks/): solutions replaced by a stub, hidden tests removed, nbgrader metadata.
    -o, --out DIR  where the notebooks go
    --teacher      keep the solutions and hidden tests
    --check        write nothing; exit 1 if a notebook is out of date with its lesson`,
  options: { out: { type: "string", short: "o" }, teacher: { type: "boolean" }, check: { type: "boolean" } },
  positionals: { max: 1 },
});

export const releaseCommand = withArgs(RELEASE, ({ values, positionals }) => {
  const lessons = positionals[0] ?? "lessons";
  const out = values.out ?? "notebooks";
  const version = values.teacher ? "teacher" : "student";
  if (!existsSync(lessons)) {
    console.error(`nnlab release: no lessons folder ${lessons}`);
    return 1;
  }
  if (values.check) {
    const stale = lessonFiles(lessons).filter((file) => {
      const target = path.join(out, path.basename(file).replace(/\.md$/, ".ipynb"));
      return !existsSync(target) || readFileSync(target, "utf8") !== releasedText(file, version);
    });
    for (const file of stale) console.error(`out of date: ${file} → run \`nnlab release\` (npm run release)`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const written of releaseFolder(lessons, out, version)) console.log(`wrote ${written}`);
  return 0;
});
