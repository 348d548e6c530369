"""The exercises of lessons 00–05 through the real nnlab kernel, run by
nbclient in its default stop-on-error mode, in three versions of each lesson:

- the student version (solutions replaced by `throw notAnswered();`): Run All
  reaches the last cell with no error output, and every tests cell says
  "not answered yet" on stderr;
- the teacher version (solutions in): every tests cell shows ✓ and writes
  nothing to stderr;
- the student version with a plausible WRONG answer written into every
  exercise (the table below): every tests cell writes a "✗" line to stderr,
  and nothing raises, so there is no error output and no stack trace.

Lessons 06–13 have their own table in test_exercises_b.py."""
import json
import os
import re
import subprocess
import tempfile
import unittest

import nnlab_env  # noqa: F401  (registers the kernel)
import nbformat
from nbclient import NotebookClient
from nnlab_env import NODE, ROOT

# lesson → {solution grade_id: code that replaces the stub, a plausible mistake}
WRONG = {
    "00-getting-started": {
        # forgets the bias
        "z-by-hand": "return n.weights[0] * x[0] + n.weights[1] * x[1];",
        # the sigmoid instead of tanh
        "a-by-hand": "return 1 / (1 + Math.exp(-z));",
    },
    "01-neuron": {
        # loops over the first two inputs only
        "weighted-sum": "return w[0] * x[0] + w[1] * x[1] + b;",
        # the right line, but not confident enough (outputs 0.38 and 0.62)
        "or-neuron": "return { weights: [1, 1], bias: -0.5 };",
        # a sign lost while solving w·x + b = 0
        "switch-point": "return b / w;",
    },
    "02-activations": {
        # mixes up σ(z) and z
        "sigmoid-prime": "return sigmoid(z) * (1 - z);",
        # guessed from the pictures
        "best-at-minus-5": 'return "sigmoid";',
        # forgets the output neuron's own bias
        "collapse-linear": "const first = net.layers[0].parameters, second = net.layers[1].parameters;\n"
                           "const w = [0, 1].map((i) => first.weights.reduce((sum, row, j) => sum + second.weights[0][j] * row[i], 0));\n"
                           "const b = first.bias.reduce((sum, bj, j) => sum + second.weights[0][j] * bj, 0);\n"
                           "return { w, b };",
    },
    "03-feedforward": {
        # counts the weights and forgets the biases
        "count-parameters": "let total = 0;\nfor (let k = 1; k < sizes.length; k++) total += sizes[k] * sizes[k - 1];\nreturn total;",
        # tanh on the output layer too
        "forward-by-hand": "let values = input;\n"
                           "net.layers.forEach((layer) => {\n"
                           "  const { weights, bias } = layer.parameters;\n"
                           "  values = weights.map((row, j) => Math.tanh(row.reduce((sum, w, i) => sum + w * values[i], bias[j])));\n"
                           "});\n"
                           "return values[0];",
    },
    "04-losses": {
        # the sum of the squares, not their mean
        "mse-one-sample": "let sum = 0;\nfor (let k = 0; k < a.length; k++) sum += (a[k] - y[k]) ** 2;\nreturn sum;",
        # forgets the minus sign
        "bce-of-a-prediction": "return y * Math.log(a) + (1 - y) * Math.log(1 - a);",
        # "cross-entropy" for every classification task
        "which-loss": 'return { temperature: "mse", cat: "ce", digit: "ce", price: "mse" };',
    },
    "05-backprop": {
        # only the path through the product
        "graph-by-hand": "return { dqdx: -2, dqdy: 3 };",
        # forgets the sigmoid's slope a(1 − a)
        "sigmoid-neuron-gradient": "const dz = 2 * (a - y);\nreturn { dw: x.map((xi) => dz * xi), db: dz };",
    },
}

STUB = re.compile(r"^([ \t]*)// YOUR CODE HERE\n[ \t]*throw notAnswered\(\);$", re.M)
STACK_LINE = re.compile(r"^\s+at .+[:(]", re.M)


def lesson_notebook(lesson, version):
    """The lesson's notebook, released now from lessons/<lesson>.md (dist/ must be built)."""
    script = 'process.stdout.write(require("./dist/assign").releasedText(process.argv[1], process.argv[2]))'
    text = subprocess.run([NODE, "-e", script, os.path.join(ROOT, "lessons", lesson + ".md"), version],
                          cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return nbformat.reads(text, as_version=4)


def with_answers(nb, answers):
    """The student notebook with each stub (by the solution cell's grade_id) replaced by an answer."""
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source, count = STUB.subn(lambda m: m.group(1) + answers[grade_id].replace("\n", "\n" + m.group(1)), cell.source)
            assert count == 1, "%s: expected one stub, found %d" % (grade_id, count)
    return nb


def execute(nb):
    """Runs every cell in stop-on-error mode (nbclient's default); returns the code cells."""
    with tempfile.TemporaryDirectory(prefix="nnlab-exercises-") as cwd:
        NotebookClient(nb, kernel_name="nnlab", timeout=300, resources={"metadata": {"path": cwd}}).execute()
    return [c for c in nb.cells if c.cell_type == "code"]


def stderr(cell):
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream" and o.get("name") == "stderr")


def shown(cell):
    """Everything the cell shows besides its streams, as text."""
    return json.dumps([o.get("data", {}) for o in cell.outputs if o.output_type in ("display_data", "execute_result")], ensure_ascii=False)


def tests_cells(cells):
    return [c for c in cells if c.metadata.get("nbgrader", {}).get("grade")]


class Exercises(unittest.TestCase):
    def assert_ran_without_errors(self, lesson, cells):
        for cell in cells:
            where = "%s, cell %s" % (lesson, cell.get("id"))
            self.assertIsNotNone(cell.get("execution_count"), "%s did not run" % where)
            errors = [o for o in cell.outputs if o.output_type == "error"]
            self.assertFalse(errors, "%s: %s" % (where, errors and "%s: %s" % (errors[0].ename, errors[0].evalue)))

    def check_student(self, lesson):
        cells = execute(lesson_notebook(lesson, "student"))
        self.assert_ran_without_errors(lesson, cells)
        tests = tests_cells(cells)
        self.assertGreater(len(tests), 0, lesson)
        for cell in tests:
            where = "%s, %s" % (lesson, cell.metadata.nbgrader.grade_id)
            err = stderr(cell)
            self.assertIn("not answered yet", err, where)
            self.assertNotIn("✗", err, where)
            self.assertNotIn("✓", shown(cell), where)
        for cell in cells:
            if not cell.metadata.get("nbgrader", {}).get("grade_id"):
                self.assertEqual(stderr(cell), "", "%s, cell %s writes to stderr" % (lesson, cell.get("id")))

    def check_teacher(self, lesson):
        cells = execute(lesson_notebook(lesson, "teacher"))
        self.assert_ran_without_errors(lesson, cells)
        for cell in cells:
            where = "%s, cell %s" % (lesson, cell.metadata.get("nbgrader", {}).get("grade_id", cell.get("id")))
            self.assertEqual(stderr(cell), "", where)
        for cell in tests_cells(cells):
            self.assertIn("✓", shown(cell), cell.metadata.nbgrader.grade_id)

    def check_wrong(self, lesson):
        answers = WRONG[lesson]
        nb = with_answers(lesson_notebook(lesson, "student"), answers)
        solutions = [c.metadata.nbgrader.grade_id for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")]
        self.assertEqual(sorted(solutions), sorted(answers), "%s: one wrong answer per exercise" % lesson)
        cells = execute(nb)
        self.assert_ran_without_errors(lesson, cells)
        for cell in tests_cells(cells):
            where = "%s, %s" % (lesson, cell.metadata.nbgrader.grade_id)
            err = stderr(cell)
            self.assertIn("✗", err, where)
            self.assertNotIn("not answered yet", err, where)
            self.assertIsNone(STACK_LINE.search(err), "%s: a stack trace: %s" % (where, err))
            self.assertNotIn("node_modules", err, where)


def _add(lesson):
    slug = lesson.replace("-", "_")
    setattr(Exercises, "test_%s_student_runs_to_the_end_and_says_not_answered_yet" % slug, lambda self: self.check_student(lesson))
    setattr(Exercises, "test_%s_teacher_checks_pass_silently" % slug, lambda self: self.check_teacher(lesson))
    setattr(Exercises, "test_%s_wrong_answers_get_a_cross_without_errors" % slug, lambda self: self.check_wrong(lesson))


for _lesson in WRONG:
    _add(_lesson)


if __name__ == "__main__":
    unittest.main()
