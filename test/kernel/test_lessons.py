"""Every lesson executed through the nnlab kernel by nbclient (`nnlab run
lessons`, the teacher version with the solutions in): no cell fails, each
lesson runs in under 30 s, and what each lesson claims happens is checked on
the numbers the executed notebook measured (claims/claims_NN_*.py)."""
import glob
import importlib.util
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from charts_check import chart_problems
from nnlab_env import CLI, NODE, ROOT

MEASUREMENT_MIME = "application/vnd.nnlab.measurement+json"
LESSONS = sorted(glob.glob(os.path.join(ROOT, "lessons", "[0-9]*.md")))
SECONDS_LIMIT = 30


def load_claims():
    """Every claims/claims_*.py: a LESSON name ("08-overfitting") and check(test, measurements)."""
    claims = {}
    for path in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "claims", "claims_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        claims[module.LESSON] = module.check
    return claims


class Lessons(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = tempfile.mkdtemp(prefix="nnlab-lessons-")
        result = subprocess.run([NODE, CLI, "run", "lessons", "--out", cls.out], cwd=ROOT,
                                capture_output=True, text=True, timeout=1800)
        print("\n" + result.stdout)
        cls.run_result = result
        cls.seconds = {}
        for line in result.stdout.splitlines():
            match = re.match(r"^lessons/(\S+)\.md\s+\d+\s+([\d.]+)\s", line)
            if match:
                cls.seconds[match.group(1)] = float(match.group(2))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.out, ignore_errors=True)

    def cells(self, name):
        with open(os.path.join(self.out, name + ".ipynb")) as f:
            return [c for c in json.load(f)["cells"] if c["cell_type"] == "code"]

    def measurements(self, name):
        found = {}
        for cell in self.cells(name):
            for output in cell["outputs"]:
                data = output.get("data", {}).get(MEASUREMENT_MIME)
                if data:
                    found[data["name"]] = data["values"]
        return found

    def test_every_lesson_runs_without_errors(self):
        self.assertGreater(len(LESSONS), 0)
        self.assertEqual(self.run_result.returncode, 0, self.run_result.stdout + self.run_result.stderr)
        for lesson in LESSONS:
            name = os.path.basename(lesson)[:-3]
            self.assertTrue(os.path.exists(os.path.join(self.out, name + ".html")), name)
            for cell in self.cells(name):
                self.assertIsNotNone(cell["execution_count"], name)
                errors = [o for o in cell["outputs"] if o["output_type"] == "error"]
                self.assertFalse(errors, "%s: %s" % (name, errors and errors[0].get("evalue")))

    def test_every_chart_has_a_title_named_axes_and_a_sentence_before_it(self):
        charts = 0
        for lesson in LESSONS:
            name = os.path.basename(lesson)[:-3]
            with open(os.path.join(self.out, name + ".ipynb")) as f:
                cells = json.load(f)["cells"]
            charts += sum(1 for c in cells for o in c.get("outputs", []) if "application/vnd.vegalite.v5+json" in o.get("data", {}))
            self.assertEqual(chart_problems(cells), [], name)
        self.assertGreater(charts, 40)

    def test_every_lesson_runs_in_under_30_seconds(self):
        for lesson in LESSONS:
            name = os.path.basename(lesson)[:-3]
            self.assertIn(name, self.seconds, self.run_result.stdout)
            self.assertLess(self.seconds[name], SECONDS_LIMIT, name)

    def test_what_each_lesson_claims_is_measured(self):
        claims = load_claims()
        for lesson in LESSONS:
            name = os.path.basename(lesson)[:-3]
            if name in claims:
                with self.subTest(lesson=name):
                    claims[name](self, self.measurements(name))
        self.assertFalse(set(claims) - {os.path.basename(l)[:-3] for l in LESSONS}, "claims for a lesson that does not exist")


if __name__ == "__main__":
    unittest.main()
