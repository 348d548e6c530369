/**
 * What a check concluded: right, wrong, or not answered yet (the stub is still
 * there); "recorded" while a submission is graded, when the student's kernel
 * only records the answer for the grader to judge elsewhere.
 */
export type Verdict = "right" | "wrong" | "unanswered" | "recorded";

/**
 * What an exercise check says. Checks never throw, so a student's Run All
 * reaches the end of the lesson:
 * - right: a ✓ line, shown (as Markdown) when the Feedback is shown or is the
 *   cell's last value;
 * - wrong ("✗ …") or not answered yet ("✎ …"): written to stderr the moment
 *   the check runs, so it cannot go unseen, and it marks the cell as failed for
 *   graders (nbgrader scores a test cell with stderr output 0, and so does
 *   `nnlab grade`). Shown again, it shows nothing.
 */
export class Feedback {
  constructor(
    /** One sentence, e.g. "✓ weightedSum is right for all 5 cases." (a bare message means right). */
    readonly message: string,
    readonly verdict: Verdict = "right",
    /** What was checked, in the student's words. */
    readonly what = "",
    /** What is wrong (wrong and unanswered only). */
    readonly problem = "",
    /** A nudge in the right direction (never the answer). */
    readonly hint?: string,
  ) {}

  /** "✓ …" — the sentence says what is right, e.g. "z is right: 0.35". */
  static right(sentence: string, what = ""): Feedback {
    return new Feedback(`✓ ${sentence}.`, "right", what);
  }

  /** "✗ what: problem. Hint: …" */
  static wrong(what: string, problem: string, hint?: string): Feedback {
    return new Feedback(`✗ ${what}: ${problem}.${hint ? ` Hint: ${hint}` : ""}`, "wrong", what, problem, hint);
  }

  /** "✎ what: not answered yet — …. Hint: …" */
  static unanswered(what: string, hint?: string): Feedback {
    const problem = "not answered yet — write your code where it says YOUR CODE HERE, run that cell, then this one";
    return new Feedback(`✎ ${what}: ${problem}.${hint ? ` Hint: ${hint}` : ""}`, "unanswered", what, problem, hint);
  }

  /** The answer was recorded for the grader, not judged (observe mode, see ./grading.ts): shows nothing. */
  static recorded(what: string): Feedback {
    return new Feedback(`(recorded for grading: ${what})`, "recorded", what);
  }

  /** True when the answer is right. */
  get ok(): boolean {
    return this.verdict === "right";
  }

  /** Writes a wrong or unanswered verdict to stderr (checks call this once, at once). */
  report(): this {
    if (this.verdict === "wrong" || this.verdict === "unanswered") console.error(this.message);
    return this;
  }

  /** Throws an ExerciseError when the answer is wrong or missing (for scripts and tests that want an exception). */
  assert(): this {
    if (this.verdict === "wrong" || this.verdict === "unanswered") throw new ExerciseError(this.what, this.problem, this.hint, this.verdict);
    return this;
  }

  toString(): string {
    return this.message;
  }

  [Symbol.for("Jupyter.display")](): Record<string, string> | null {
    return this.ok ? { "text/markdown": `**${this.message}**`, "text/plain": this.message } : null;
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.message;
  }
}

/** The problem to report when the student's code threw while being checked. */
export function thrownProblem(error: unknown): string {
  if (error instanceof Error) return `your code threw ${error.name}: ${error.message}`;
  return `your code threw ${String(error)}`;
}

/**
 * The exception `feedback.assert()` throws for a wrong or unanswered answer:
 * what was checked, what is wrong, and a hint, never the answer itself.
 */
export class ExerciseError extends Error {
  override name = "ExerciseError";
  constructor(
    /** What was checked, e.g. "weightedSum([1, 2], [0.5, −0.25], 0.1)". */
    readonly what: string,
    /** What is wrong, e.g. "returned 0.35, which is too large". */
    readonly problem: string,
    /** A nudge in the right direction. */
    readonly hint?: string,
    readonly verdict: Verdict = "wrong",
  ) {
    super(`${verdict === "unanswered" ? "✎" : "✗"} ${what}: ${problem}.${hint ? ` Hint: ${hint}` : ""}`);
  }
}
