/** Who this process runs as. */

/** True when running as root (uid 0); false where there are no uids (Windows). */
export function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}
