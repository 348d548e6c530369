/**
 * The three ways a check runs, chosen by the grader (never by a lesson):
 *
 * - interactive (the default): the check evaluates the student's answer and
 *   says ✓, ✗ or ✎ at once — what a student sees while working;
 * - observe: in the student's kernel while a submission is graded. The check
 *   evaluates the answer and sends it as an observation (./observation.ts),
 *   judges nothing and shows nothing. The grader strips the expected values
 *   out of the tests cells it runs there (src/assign/observeTests.ts);
 * - judge: in a trusted kernel that runs the TEACHER's notebook and never the
 *   student's code. The check does not evaluate its answer: it takes the
 *   student's observed value for it, which the grader put on
 *   `globalThis[Symbol.for("nnlab.judgeInput")]` as a JSON string before the
 *   tests cell ran, and judges it against the expectation computed there. Its
 *   verdict is written as in interactive mode, and that cell's outcome is the
 *   score.
 *
 * Both settings live on globalThis under registered symbols, so every copy of
 * nnlab loaded in a kernel agrees.
 */
import { send } from "../notebook/send";
import { brief, OBSERVATION_MIME, parseObservation, type Observation } from "./observation";

export type CheckMode = "interactive" | "observe" | "judge";

const MODE = Symbol.for("nnlab.checkMode");
const INPUT = Symbol.for("nnlab.judgeInput");

type Globals = Record<symbol, unknown>;

/** How checks run in this kernel now. */
export function checkMode(): CheckMode {
  const mode = (globalThis as unknown as Globals)[MODE];
  return mode === "observe" || mode === "judge" ? mode : "interactive";
}

/** Sets how checks run (the grader's setup code does this; tests too). */
export function setCheckMode(mode: CheckMode): void {
  (globalThis as unknown as Globals)[MODE] = mode === "interactive" ? undefined : mode;
}

/**
 * What the grader gives the judging kernel for one tests cell of one
 * submission: the observations the student's kernel sent while running it,
 * and, when that cell did not finish there, why (a short sentence).
 */
export interface JudgeInput {
  observations: unknown[];
  trouble?: string;
}

interface JudgeState {
  observations: Observation[];
  next: number;
  trouble: string;
}

/** Sets the observations of the next tests cell (as the grader does, as JSON text). */
export function setJudgeInput(input: JudgeInput | string): void {
  (globalThis as unknown as Globals)[INPUT] = typeof input === "string" ? input : JSON.stringify(input);
}

function judgeState(): JudgeState {
  const globals = globalThis as unknown as Globals;
  const raw = globals[INPUT];
  if (raw && typeof raw === "object" && Array.isArray((raw as JudgeState).observations)) return raw as JudgeState;
  let input: Partial<JudgeInput> = {};
  try {
    input = typeof raw === "string" ? (JSON.parse(raw) as Partial<JudgeInput>) : {};
  } catch {
    input = {};
  }
  const observations = (Array.isArray(input.observations) ? input.observations : []).map(parseObservation).filter((o): o is Observation => o !== undefined);
  const state: JudgeState = { observations, next: 0, trouble: brief(input.trouble, 200) };
  globals[INPUT] = state;
  return state;
}

/**
 * The student's observation for the check labelled `what`: the first one at
 * or after the previous match with the same label (so checks are matched in
 * order, and one that is missing does not shift the others). Otherwise the
 * sentence to report instead.
 */
export function observationFor(what: string): Observation | { missing: string } {
  const state = judgeState();
  const label = brief(what, 2000);
  for (let k = state.next; k < state.observations.length; k++) {
    if (state.observations[k].what === label) {
      state.next = k + 1;
      return state.observations[k];
    }
  }
  const why = state.trouble ? ` (${state.trouble})` : "";
  return { missing: `no answer was recorded for this check when your notebook ran${why}` };
}

/** Sends an observation to the grader (a display_data). Outside a kernel it goes nowhere. */
export function sendObservation(observation: Observation): void {
  send({ data: { [OBSERVATION_MIME]: observation, "text/plain": `(recorded for grading: ${observation.what})` }, metadata: {} });
}
