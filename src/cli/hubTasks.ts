/**
 * The teacher's tasks of `nnlab hub` besides running it: giving students the
 * released lessons (`sync`, at each spawn and by `release`) and collecting a
 * lesson for `nnlab grade` (`collect`).
 */
import { spawnSync } from "child_process";
import { existsSync, statSync } from "fs";
import path from "path";
import { collectLesson, students } from "../hub/collect";
import { MANIFEST, syncLessons } from "../hub/sync";
import { packageRoot } from "../paths";
import { gradeCommand } from "./grade";
import { trustNotebooks } from "./trust";
import { isRoot } from "../user";

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `nnlab hub sync`: the student's lessons/ from the release; signs copied notebooks with the student's own notary. */
export function syncCommand(from: string, home: string, python?: string): number {
  const lessons = path.join(home, "lessons");
  const entries = syncLessons(path.resolve(from), lessons, path.join(home, MANIFEST), today());
  const fresh = entries.flatMap((e) => (e.action === "copied" || e.action === "updated" ? [e.file] : e.action === "beside" ? [e.beside!] : []));
  const notebooks = fresh.filter((f) => f.endsWith(".ipynb")).map((f) => path.join(lessons, f));
  const problem = python ? trustNotebooks(python, notebooks) : undefined;
  const counts = entries.reduce<Record<string, number>>((n, e) => ({ ...n, [e.action]: (n[e.action] ?? 0) + 1 }), {});
  console.log(Object.entries(counts).map(([action, n]) => `${n} ${action}`).join(", ") + (problem ? ` (not signed: ${problem})` : ""));
  return 0;
}

/** `nnlab hub release`: sync every student now, each as the owner of their home. */
export function releaseCommand(hubDir: string, release: string, python: string): number {
  const homes = path.join(hubDir, "home");
  if (!existsSync(homes)) {
    console.log(`nnlab hub: no students yet in ${homes}; each gets the lessons when their server first starts`);
    return 0;
  }
  let failed = 0;
  for (const student of students(homes)) {
    const home = path.join(homes, student);
    const { uid, gid } = statSync(home);
    const result = spawnSync(process.execPath, [path.join(packageRoot(), "dist", "cli.js"), "hub", "sync", "--from", release, "--to", home, "--sign", python], {
      encoding: "utf8",
      cwd: home,
      env: { PATH: process.env.PATH, HOME: home },
      ...(isRoot() ? { uid, gid } : {}),
    });
    if (result.status !== 0) failed++;
    console.log(`${student}: ${(result.stdout || result.stderr || result.error?.message || "").trim()}`);
  }
  return failed > 0 ? 1 : 0;
}

export function collectCommand(lesson: string | undefined, hubDir: string, out: string | undefined, graded: string | undefined, jobs: string | undefined): number {
  if (!lesson || !out) {
    console.error("usage: nnlab hub collect LESSON --out DIR [--dir HUBDIR] [--grade GRADED] [--jobs N]");
    return 2;
  }
  const results = collectLesson(path.join(hubDir, "home"), lesson, path.resolve(out));
  for (const r of results) if (r.status !== "collected") console.log(`${r.student}: ${r.status}${r.detail ? ` (${r.detail})` : ""}`);
  const collected = results.filter((r) => r.status === "collected").length;
  console.log(`collected ${collected} of ${results.length} students' ${lesson} into ${out}`);
  if (!graded) {
    console.log(`grade them with: nnlab grade ${out} --out GRADED --jobs N`);
    return 0;
  }
  if (collected === 0) return 1;
  return gradeCommand([out, "--out", graded, ...(jobs ? ["--jobs", jobs] : [])]);
}
