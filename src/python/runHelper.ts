/**
 * Runs one of nnlab's Python helpers (scripts/) to completion and reads its
 * answer (protocol.ts).
 *
 *   const answer = runHelper<{ html: string }>(python, packagePaths().script("nnlab_markdown.py"), [], { input: JSON.stringify(sources) });
 *   if (answer.errors.length === 0 && answer.status === 0) answer.results.map((r) => r.html);
 */
import { spawnSync } from "child_process";
import { readMessages, type HelperError } from "./protocol";
import { messages } from "./messages";

export interface HelperOptions {
  /** Written to the helper's stdin (JSON, by the protocol's convention). */
  input?: string;
  env?: NodeJS.ProcessEnv;
  /** "inherit" shows the helper's progress and logs as they come; "pipe" (default) keeps them in `stderr`. */
  stderr?: "inherit" | "pipe";
  /** Milliseconds before the helper is killed. */
  timeout?: number;
}

export interface HelperAnswer<R> {
  results: ({ kind: "result" } & R)[];
  errors: HelperError[];
  /** The exit status (null when killed: see `signal`). */
  status: number | null;
  signal: NodeJS.Signals | null;
  /** What it wrote to stderr, when piped. */
  stderr: string;
}

/** Runs `python script args…` and reads its protocol messages; throws if stdout breaks the protocol. */
export function runHelper<R>(python: string, script: string, args: readonly string[], options: HelperOptions = {}): HelperAnswer<R> {
  const child = spawnSync(python, [script, ...args], {
    input: options.input,
    env: options.env,
    encoding: "utf8",
    stdio: ["pipe", "pipe", options.stderr ?? "pipe"],
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeout,
  });
  if (child.error && child.stdout === undefined) throw new Error(messages.couldNotRun(python, script, child.error.message));
  return { ...readMessages<R>(child.stdout ?? ""), status: child.status, signal: child.signal, stderr: child.stderr ?? "" };
}
