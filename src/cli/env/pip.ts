/**
 * Running pip quietly: `-q` and no version check; pip's warnings about
 * find-links/index locations that do not exist on this machine
 * ("Location '…' is ignored") are dropped, every other line is shown.
 */
import { spawnSync } from "child_process";

const NOISE = [/^WARNING: Location '.*' is ignored: it is neither a file nor a directory\.$/, /^WARNING: Url '.*' is ignored: it is either a non-existing path or lacks a specific scheme\.$/];

/** pip's stderr without the lines a user cannot act on. */
export function withoutNoise(stderr: string): string {
  return stderr
    .split("\n")
    .filter((line) => !NOISE.some((re) => re.test(line.trim())))
    .join("\n");
}

/** The pip arguments that install the requirement files with `constraints`. */
export function installArgs(requirements: readonly string[], constraints: string): string[] {
  return ["-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-input", ...requirements.flatMap((r) => ["-r", r]), "-c", constraints];
}

/** Runs `python …args`; pip's output goes to our stderr (never stdout), noise removed. True on success. */
export function runPip(python: string, args: readonly string[]): boolean {
  const result = spawnSync(python, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  const shown = withoutNoise(`${result.stdout ?? ""}${result.stderr ?? ""}`).trim();
  if (shown) process.stderr.write(shown + "\n");
  return result.status === 0;
}
