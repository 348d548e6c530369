import type { EpochRecord } from "../training";
import { messages } from "./messages";

/** What the loss charts read from a training run: `History` is one. */
export interface HistoryLike {
  readonly epochs: readonly EpochRecord[];
  readonly bestEpoch: number;
}

/** A named run, for charts that compare several. */
export interface Run {
  readonly name: string;
  readonly history: HistoryLike;
}

/** One history, a list of named runs, or an object of runs by name: `{ "η = 0.1": h1, "η = 1": h2 }`. */
export type RunsLike = HistoryLike | readonly Run[] | Readonly<Record<string, HistoryLike>>;

/** Normalises the ways of passing runs to a list of named runs. */
export function runsOf(builder: string, runs: RunsLike, defaultName = "run"): Run[] {
  let list: Run[];
  if (isHistory(runs)) list = [{ name: defaultName, history: runs }];
  else if (Array.isArray(runs)) list = [...(runs as readonly Run[])];
  else list = Object.entries(runs as Record<string, HistoryLike>).map(([name, history]) => ({ name, history }));
  if (list.length === 0) throw new Error(messages.emptyRuns(builder));
  for (const run of list) if (run.history.epochs.length === 0) throw new Error(messages.emptyHistory(builder, run.name));
  return list;
}

function isHistory(value: RunsLike): value is HistoryLike {
  return !Array.isArray(value) && Array.isArray((value as HistoryLike).epochs);
}
