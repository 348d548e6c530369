/**
 * The nbgrader_config.py that `nnlab nbgrader init` writes into a course
 * folder: what nbgrader 0.9 needs to know to take nnlab lessons through its
 * own workflow, and that its feedback keeps hidden tests hidden. Everything
 * else is nbgrader's default (course layout source/release/submitted/
 * autograded/feedback, gradebook.db, the delimiters "BEGIN SOLUTION" …
 * "END SOLUTION" and "BEGIN HIDDEN TESTS" … "END HIDDEN TESTS").
 */
import { notebookMetadata } from "../../ipynb";
import { stub } from "../../assign/markers";

/** A Python string literal (JSON's escapes are Python's, for the text we write). */
const py = (text: string) => JSON.stringify(text);

export function nbgraderConfig(): string {
  const { name, language } = notebookMetadata.kernelspec;
  return `# nbgrader configuration for a course of nnlab lessons, written by
# \`nnlab nbgrader init\` (see nnlab's docs/grading.md, "With nbgrader").
# Run nbgrader in this folder: \`nnlab nbgrader generate_assignment 01-neuron\`, …
c = get_config()  # noqa: F821

# The student version of a solution region (// BEGIN SOLUTION … // END SOLUTION)
# in the nnlab kernel's language is nnlab's stub, the same as \`nnlab release\`
# writes: notAnswered() stops the exercise without an error, Run All goes on,
# and the exercise's check says "not answered yet" (on stderr, so its test
# cell scores 0).
c.ClearSolutions.code_stub = {${py(language)}: ${py(stub(""))}}

# autograde runs every submission in the nnlab kernel, whatever kernel the
# submitted notebook names, and interrupts a cell after 60 s (as nnlab grade).
c.Execute.kernel_name = ${py(name)}
c.Execute.timeout = 60

# Feedback pages leave the hidden tests' code out, as nnlab grade's pages do
# (nbgrader shows it by design: jupyter/nbgrader#917); what each check said
# (✓, ✗, "not answered yet") stays.
from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor  # noqa: E402
from nbgrader.preprocessors import ClearHiddenTests, GetGrades  # noqa: E402
c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, CSSHTMLHeaderPreprocessor]
`;
}
