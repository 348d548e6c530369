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
import { Args, stringOption } from "./args";

export function releaseCommand(args: Args): number {
  if (args.options.help || args.options.h) {
    console.log("usage: nnlab release [LESSONS] [--out NOTEBOOKS] [--teacher] [--check]");
    return 0;
  }
  const lessons = args.positional[0] ?? "lessons";
  const out = stringOption(args, "out", "o") ?? "notebooks";
  const version = args.options.teacher ? "teacher" : "student";
  if (!existsSync(lessons)) {
    console.error(`nnlab release: no lessons folder ${lessons}`);
    return 1;
  }
  if (args.options.check) {
    const stale = lessonFiles(lessons).filter((file) => {
      const target = path.join(out, path.basename(file).replace(/\.md$/, ".ipynb"));
      return !existsSync(target) || readFileSync(target, "utf8") !== releasedText(file, version);
    });
    for (const file of stale) console.error(`out of date: ${file} → run \`nnlab release\` (npm run release)`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const written of releaseFolder(lessons, out, version)) console.log(`wrote ${written}`);
  return 0;
}
