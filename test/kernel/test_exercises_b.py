"""Run All through the real nnlab kernel (nbclient, default stop-on-error) for
the exercises of lessons 06–13, in three versions of each lesson:

- student: the released notebook (notebooks/NN-*.ipynb) as a student gets it.
  It reaches its last cell with no error output, and every tests cell says
  "not answered yet" on stderr.
- teacher: the lesson with its solutions and hidden tests. Every tests cell
  shows ✓ and writes nothing to stderr.
- wrong: the student notebook with a plausible wrong answer in place of each
  stub. Every tests cell writes a "✗" line to stderr, no cell has an error
  output and no stack trace reaches the student.

Each notebook is executed once per version (not once per exercise)."""
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

import nbformat
from nbclient import NotebookClient

from nnlab_env import NODE, ROOT

CELL_TIMEOUT = 300

# lesson -> [(solution grade_id, tests grade_id, [wrong code replacing each stub of the solution cell, in order])]
EXERCISES = {
    "06-gradient-descent": [
        ("sgd-update", "sgd-update-tests", [
            # moves uphill: plus instead of minus
            "return {\n"
            "  weight: net.neuron(1, 0).weights[0] + eta * grads.neuron(1, 0).dw[0],\n"
            "  bias: net.neuron(1, 0).bias + eta * grads.neuron(1, 0).db,\n"
            "};",
        ]),
        ("choose-eta", "choose-eta-tests", ["return 0.4;"]),  # too large: diverges
    ],
    "07-optimizers": [
        ("momentum-by-hand", "momentum-by-hand-tests", [
            # plain gradient descent: the velocity is forgotten
            "let w = 0;\n"
            "for (let k = 0; k < steps; k++) w = w - 0.1 * 2 * (w - 3);\n"
            "return w;",
        ]),
        ("adam-first-step", "adam-first-step-tests", [
            # no bias correction
            "const m = (1 - 0.9) * g, v = (1 - 0.999) * g * g;\n"
            "return { m, v, mHat: m, vHat: v, step: (-0.01 * m) / (Math.sqrt(v) + 1e-8) };",
        ]),
    ],
    "08-overfitting": [
        ("best-epoch", "best-epoch-tests", [
            # the lowest training loss instead of the lowest validation loss
            "let lowest = Infinity, best = -1;\n"
            "for (const r of history.epochs) if (r.trainLoss < lowest) { lowest = r.trainLoss; best = r.epoch; }\n"
            "return best;",
        ]),
        ("choose-size", "choose-size-tests", ["return [1, 8, 8, 1];"]),  # bigger is not better: overfits
    ],
    "09-regularization": [
        ("penalty-by-hand", "penalty-by-hand-tests", [
            # L1 without the absolute value; L2 without the 1/2
            "const weights = net.layers.flatMap((layer) => Array.from(layer.weights));\n"
            "return lambda1 * weights.reduce((s, w) => s + w, 0);",
            "const weights = net.layers.flatMap((layer) => Array.from(layer.weights));\n"
            "return lambda2 * weights.reduce((s, w) => s + w * w, 0);",
        ]),
        ("choose-lambda", "choose-lambda-tests", ["return 1;"]),  # so strong that the network underfits
    ],
    "10-dropout": [
        ("dropout-scale", "dropout-scale-tests", ["return 1 - rate;"]),
        ("dropout-out", "dropout-out-tests", ["return a.map((value, j) => value * mask[j]);"]),  # forgets to scale
    ],
    "11-digits": [
        ("accuracy-by-hand", "accuracy-by-hand-tests", [
            # counts, forgets to divide
            "return predictions.filter((row, i) => argmax(row) === argmax(targets[i])).length;",
        ]),
        ("choose-fix", "choose-fix-tests", ['return { fixA: "generalise", fixB: "fit" };']),  # swapped
    ],
    "12-initialisation": [
        ("xavier-limit", "xavier-limit-tests", ["return Math.sqrt(6 / inputs);"]),  # forgets the outputs
        ("predict-vanishing", "predict-vanishing-tests", ["return 1;"]),  # "a bit smaller": far too few powers of ten
        ("count-dead", "count-dead-tests", [
            # counts neurons that are 0 for SOME sample, not for every sample
            "const samples = trace.samples;\n"
            "const size = samples[0].layers[layer].a.length;\n"
            "let dead = 0;\n"
            "for (let j = 0; j < size; j++) if (samples.some((s) => s.layers[layer].a[j] === 0)) dead++;\n"
            "return dead;",
        ]),
    ],
    "13-backprop-by-hand": [
        ("forward-pass", "forward-pass-tests", [
            # every layer reads the sample x instead of the layer below's a
            "const cache: LayerCache[] = [];\n"
            "p.weights.forEach((W, l) => {\n"
            "  const z = W.map((row, j) => row.reduce((sum, w, i) => sum + w * x[i], p.biases[l][j]));\n"
            "  cache.push({ inputs: x, z, a: z.map((zj) => f[l](zj)) });\n"
            "});\n"
            "return cache;",
        ]),
        ("backward-pass", "backward-pass-tests", [
            # forgets the activation's slope: dz = da instead of da ⊙ f′(z)
            "const last = p.weights.length - 1;\n"
            "const dw: number[][][] = [];\n"
            "const db: number[][] = [];\n"
            "let da = cache[last].a.map((a, k) => (2 * (a - y[k])) / y.length);\n"
            "for (let l = last; l >= 0; l--) {\n"
            "  const dz = da;\n"
            "  dw[l] = dz.map((d) => cache[l].inputs.map((input) => d * input));\n"
            "  db[l] = dz;\n"
            "  da = cache[l].inputs.map((_, i) => dz.reduce((sum, d, j) => sum + p.weights[l][j][i] * d, 0));\n"
            "}\n"
            "return { dw, db };",
        ]),
        ("average-gradients", "average-gradients-tests", [
            # the sum over the samples, not their mean
            "const first = perSample[0];\n"
            "return {\n"
            "  dw: first.dw.map((W, l) => W.map((row, j) => row.map((_, i) => perSample.reduce((sum, g) => sum + g.dw[l][j][i], 0)))),\n"
            "  db: first.db.map((b, l) => b.map((_, j) => perSample.reduce((sum, g) => sum + g.db[l][j], 0))),\n"
            "};",
        ]),
        ("training-loop", "training-loop-tests", [
            # updates the weights but forgets the biases
            "const losses = [meanLoss(p, xs, ys)];\n"
            "for (let epoch = 1; epoch <= epochs; epoch++) {\n"
            "  const g = gradientsOf(p, xs, ys);\n"
            "  p.weights.forEach((W, l) => W.forEach((row, j) => row.forEach((w, i) => { row[i] = w - eta * g.dw[l][j][i]; })));\n"
            "  losses.push(meanLoss(p, xs, ys));\n"
            "}\n"
            "return losses;",
        ]),
    ],
}

STUB = re.compile(r"^([ \t]*)// YOUR CODE HERE\n[ \t]*throw notAnswered\(\);$", re.M)
STACK_LINE = re.compile(r"^\s+at |node_modules|\.js:\d+|Traceback", re.M)


def grader(cell):
    return cell.metadata.get("nbgrader", {})


def student_notebook(lesson):
    return nbformat.read(os.path.join(ROOT, "notebooks", lesson + ".ipynb"), as_version=4)


def teacher_notebook(lesson):
    code = "process.stdout.write(require(process.argv[1]).releasedText(process.argv[2], 'teacher'))"
    text = subprocess.run([NODE, "-e", code, os.path.join(ROOT, "dist", "assign", "index.js"),
                           os.path.join(ROOT, "lessons", lesson + ".md")],
                          check=True, capture_output=True, text=True).stdout
    return nbformat.reads(text, as_version=4)


def wrong_notebook(lesson):
    nb = student_notebook(lesson)
    wrong = {solution: answers for solution, _, answers in EXERCISES[lesson]}
    for cell in nb.cells:
        answers = wrong.get(grader(cell).get("grade_id")) if grader(cell).get("solution") else None
        if answers is None:
            continue
        stubs = STUB.findall(cell.source)
        assert len(stubs) == len(answers), "%s %s: %d stubs, %d wrong answers" % (lesson, grader(cell)["grade_id"], len(stubs), len(answers))
        remaining = iter(answers)
        cell.source = STUB.sub(lambda m: "\n".join(m.group(1) + line for line in next(remaining).split("\n")), cell.source)
    return nb


def execute(nb):
    """Runs nb in a fresh folder with nbclient's defaults (stop on the first error); returns (nb, error or None)."""
    folder = tempfile.mkdtemp(prefix="nnlab-exercises-")
    try:
        client = NotebookClient(nb, kernel_name="nnlab", timeout=CELL_TIMEOUT, resources={"metadata": {"path": folder}})
        try:
            client.execute()
        except Exception as error:  # CellExecutionError, a timeout or a dead kernel: the test reports it
            return nb, error
        return nb, None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def stderr_of(cell):
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream" and o.name == "stderr")


def shown_text(cell):
    texts = []
    for o in cell.outputs:
        if o.output_type in ("display_data", "execute_result"):
            texts.append(o.data.get("text/plain", ""))
        elif o.output_type == "stream" and o.name == "stdout":
            texts.append(o.text)
    return "\n".join(texts)


def errors_of(nb):
    return [(grader(c).get("grade_id") or c.get("id"), o.ename, o.evalue)
            for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]


class Exercises(unittest.TestCase):
    """Lessons 06–13, each executed once as student, teacher and wrong-answer notebook."""

    runs = {}

    @classmethod
    def run_version(cls, version, lesson):
        key = (version, lesson)
        if key not in cls.runs:
            make = {"student": student_notebook, "teacher": teacher_notebook, "wrong": wrong_notebook}[version]
            cls.runs[key] = execute(make(lesson))
        return cls.runs[key]

    def assert_reaches_the_end(self, nb, error, where):
        self.assertIsNone(error, "%s: Run All stopped: %s" % (where, error))
        self.assertEqual(errors_of(nb), [], "%s: error outputs" % where)
        code = [c for c in nb.cells if c.cell_type == "code"]
        self.assertTrue(code and all(c.execution_count is not None for c in code), "%s: a cell did not run" % where)

    def find_tests_cell(self, nb, grade_id, where):
        cells = [c for c in nb.cells if grader(c).get("grade_id") == grade_id and grader(c).get("grade")]
        self.assertEqual(len(cells), 1, "%s: tests cell %s" % (where, grade_id))
        return cells[0]

    def test_the_table_covers_every_exercise(self):
        for lesson, exercises in EXERCISES.items():
            nb = student_notebook(lesson)
            solutions = [grader(c)["grade_id"] for c in nb.cells if grader(c).get("solution")]
            tests = [grader(c)["grade_id"] for c in nb.cells if grader(c).get("grade")]
            self.assertEqual(solutions, [e[0] for e in exercises], lesson)
            self.assertEqual(tests, [e[1] for e in exercises], lesson)

    def test_student_version_runs_to_the_end_and_says_not_answered_yet(self):
        for lesson, exercises in EXERCISES.items():
            with self.subTest(lesson=lesson):
                nb, error = self.run_version("student", lesson)
                where = "%s (student)" % lesson
                self.assert_reaches_the_end(nb, error, where)
                for _, tests_id, _ in exercises:
                    stderr = stderr_of(self.find_tests_cell(nb, tests_id, where))
                    self.assertIn("not answered yet", stderr, "%s %s" % (where, tests_id))
                    self.assertNotIn("✗", stderr, "%s %s: an unanswered exercise is called wrong" % (where, tests_id))
                    self.assertIsNone(STACK_LINE.search(stderr), "%s %s: %s" % (where, tests_id, stderr))

    def test_teacher_version_passes_every_check(self):
        for lesson, exercises in EXERCISES.items():
            with self.subTest(lesson=lesson):
                nb, error = self.run_version("teacher", lesson)
                where = "%s (teacher)" % lesson
                self.assert_reaches_the_end(nb, error, where)
                for _, tests_id, _ in exercises:
                    cell = self.find_tests_cell(nb, tests_id, where)
                    self.assertEqual(stderr_of(cell), "", "%s %s writes to stderr" % (where, tests_id))
                    shown = shown_text(cell)
                    self.assertIn("✓", shown, "%s %s shows no ✓" % (where, tests_id))
                    self.assertNotIn("✗", shown, "%s %s" % (where, tests_id))

    def test_a_wrong_answer_gets_a_cross_and_no_stack_trace(self):
        for lesson, exercises in EXERCISES.items():
            with self.subTest(lesson=lesson):
                nb, error = self.run_version("wrong", lesson)
                where = "%s (wrong answers)" % lesson
                self.assert_reaches_the_end(nb, error, where)
                for _, tests_id, _ in exercises:
                    stderr = stderr_of(self.find_tests_cell(nb, tests_id, where))
                    self.assertTrue(any(line.startswith("✗") for line in stderr.splitlines()), "%s %s: no ✗ line in %r" % (where, tests_id, stderr))
                    self.assertNotIn("not answered yet", stderr, "%s %s" % (where, tests_id))
                    self.assertIsNone(STACK_LINE.search(stderr), "%s %s: %s" % (where, tests_id, stderr))


if __name__ == "__main__":
    unittest.main()
