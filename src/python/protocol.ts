/**
 * The TypeScript side of the one protocol nnlab's Python helpers speak
 * (scripts/nnlab_protocol.py): stdout is JSON lines only, one object per line,
 * `{ kind: "result", ... }` per result and `{ kind: "error", message, ... }`
 * per failure; progress and logs go to stderr.
 *
 *   const { results, errors } = readMessages<{ html: string }>(stdout);
 */
import { messages } from "./messages";

/** A failure a helper reports: what went wrong, and fields saying what it concerns (e.g. `path`). */
export interface HelperError {
  kind: "error";
  message: string;
  /** The Python exception's class, when an exception escaped the helper's main(). */
  type?: string;
  traceback?: string;
  [field: string]: unknown;
}

export type HelperMessage<R> = ({ kind: "result" } & R) | HelperError;

/** One line of a helper's stdout as a message; throws on anything else (the protocol allows nothing else). */
export function parseMessage<R>(line: string): HelperMessage<R> {
  let message: unknown;
  try {
    message = JSON.parse(line);
  } catch {
    throw new Error(messages.notJson(line));
  }
  const kind = (message as { kind?: unknown } | null)?.kind;
  if (typeof message !== "object" || message === null || Array.isArray(message) || (kind !== "result" && kind !== "error")) {
    throw new Error(messages.notProtocol(line));
  }
  if (kind === "error" && typeof (message as { message?: unknown }).message !== "string") throw new Error(messages.errorWithoutMessage(line));
  return message as HelperMessage<R>;
}

/** Every message of a helper's stdout, results and errors apart, each in the order written. */
export function readMessages<R>(stdout: string): { results: ({ kind: "result" } & R)[]; errors: HelperError[] } {
  const results: ({ kind: "result" } & R)[] = [];
  const errors: HelperError[] = [];
  for (const line of stdout.split("\n")) {
    if (line.trim() === "") continue;
    const message = parseMessage<R>(line);
    if (message.kind === "error") errors.push(message as HelperError);
    else results.push(message as { kind: "result" } & R);
  }
  return { results, errors };
}
