/**
 * What an exercise check says when the answer is right: a line for the
 * student, shown as Markdown in the notebook and as text elsewhere.
 */
export class Feedback {
  constructor(
    /** One sentence, e.g. "✓ weightedSum is right for all 5 cases." */
    readonly message: string,
  ) {}

  toString(): string {
    return this.message;
  }

  [Symbol.for("Jupyter.display")](): Record<string, string> {
    return { "text/markdown": `**${this.message}**`, "text/plain": this.message };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.message;
  }
}

/**
 * What an exercise check throws when the answer is wrong: what was checked,
 * what is wrong, and a hint, never the answer itself.
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
  ) {
    super(`✗ ${what}: ${problem}.${hint ? ` Hint: ${hint}` : ""}`);
  }
}
