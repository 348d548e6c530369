import { createHash } from "crypto";
import type { NbgraderMetadata } from "./notebook";

/**
 * nbgrader's cell checksum (nbgrader/utils.py `compute_checksum`): MD5 of the
 * source, the cell type, whether the cell is graded, a solution and locked
 * (as Python writes booleans), its grade_id, and for graded cells its points
 * as a Python float ("2.0"). A teacher's nbgrader computes the same value.
 */
export function cellChecksum(source: string, cellType: "code" | "markdown", nbgrader: NbgraderMetadata): string {
  const md5 = createHash("md5");
  const locked = nbgrader.solution ? false : nbgrader.grade ? true : nbgrader.locked;
  md5.update(source);
  md5.update(cellType);
  md5.update(python(nbgrader.grade));
  md5.update(python(nbgrader.solution));
  md5.update(python(locked));
  md5.update(nbgrader.grade_id);
  if (nbgrader.grade) md5.update(pythonFloat(nbgrader.points ?? 0));
  return md5.digest("hex");
}

const python = (value: boolean) => (value ? "True" : "False");

/** str(float(n)) in Python: "2.0", "0.5", "1e-05". */
function pythonFloat(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return `${n}.0`;
  return String(n);
}
