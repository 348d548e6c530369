/**
 * The Python that creates nnlab's environment: the first of `python3`,
 * `python3.13` … `python3.10`, `python` on PATH (or NNLAB_PYTHON alone) that is
 * new enough and can make a venv. Choosing is pure (`choosePython`); probing
 * runs each candidate once.
 */
import { spawnSync } from "child_process";
import { messages } from "./messages";
import { isSupported, parseVersion } from "./pythonVersion";

export interface Probe {
  python: string;
  /** "3.11.7"; undefined when the command does not run. */
  version?: string;
  /** venv and ensurepip import. */
  venv: boolean;
}

export const CANDIDATES = ["python3", "python3.13", "python3.12", "python3.11", "python3.10", "python"] as const;

export function candidates(env: NodeJS.ProcessEnv = process.env): string[] {
  return env.NNLAB_PYTHON ? [env.NNLAB_PYTHON] : [...CANDIDATES];
}

const PROBE = 'import sys\nprint("%d.%d.%d" % sys.version_info[:3])\ntry:\n    import venv, ensurepip\n    print("venv")\nexcept ImportError:\n    print("no-venv")';

export function probe(python: string): Probe {
  const result = spawnSync(python, ["-c", PROBE], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 30_000 });
  if (result.status !== 0 || !result.stdout) return { python, venv: false };
  const [version, venv] = result.stdout.trim().split("\n");
  return { python, version: parseVersion(version) ? version : undefined, venv: venv === "venv" };
}

export type Choice = { ok: true; probe: Probe } | { ok: false; message: string };

/** The first supported candidate with venv; else the message that says what to do. */
export function choosePython(names: readonly string[], probeOf: (python: string) => Probe): Choice {
  const probes = names.map(probeOf).filter((p) => p.version !== undefined);
  const supported = probes.filter((p) => isSupported(parseVersion(p.version!)!));
  const usable = supported.find((p) => p.venv);
  if (usable) return { ok: true, probe: usable };
  if (supported.length > 0) return { ok: false, message: messages.noVenv(supported[0].python, supported[0].version!) };
  if (probes.length > 0) return { ok: false, message: messages.tooOld(probes.map((p) => ({ python: p.python, version: p.version! }))) };
  return { ok: false, message: messages.noPython(names) };
}
