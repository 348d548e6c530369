"""`nnlab run`'s failure reporting and `nnlab export`. The lessons themselves:
test_lessons.py; the student notebooks: test_notebooks_student.py."""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

from nnlab_env import CLI, NODE, ROOT

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")


def nnlab(*args, cwd=ROOT):
    return subprocess.run([NODE, CLI, *args], cwd=cwd, capture_output=True, text=True, timeout=600)


class RunNotebooks(unittest.TestCase):
    def setUp(self):
        self.out = tempfile.mkdtemp(prefix="nnlab-run-")

    def tearDown(self):
        shutil.rmtree(self.out, ignore_errors=True)

    def test_a_failing_cell_fails_the_run_and_is_reported(self):
        result = nnlab("run", os.path.join(FIXTURES, "fails.ipynb"), "--out", self.out)
        self.assertEqual(result.returncode, 1)
        row = re.search(r"fails\.ipynb\s+2\s+[\d.]+\s+(\d+|-)\s+FAILED \(cell 3\): Error: this cell fails", result.stdout)
        self.assertIsNotNone(row, result.stdout)
        if sys.platform.startswith("linux"):
            # the kernel's peak resident memory: a Node process with TypeScript loaded, far below a limit
            self.assertTrue(80 <= int(row.group(1)) <= 1500, row.group(0))
        with open(os.path.join(self.out, "fails.ipynb")) as f:
            cells = [c for c in json.load(f)["cells"] if c["cell_type"] == "code"]
        self.assertIsNone(cells[2]["execution_count"])

    def test_export_inlines_vega_embed_once_and_keeps_the_png(self):
        result = nnlab("run", os.path.join(FIXTURES, "chart.ipynb"), "--out", self.out)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        html_path = os.path.join(self.out, "export.html")
        result = nnlab("export", os.path.join(self.out, "chart.ipynb"), "-o", html_path)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(html_path) as f:
            html = f.read()
        # vega, vega-lite and vega-embed inlined once each, plus one script that embeds every chart
        self.assertEqual(html.count("<script>"), 4)
        self.assertEqual(html.count('<script type="application/json" data-chart='), 2)
        self.assertIn("data:image/png;base64,", html)
        self.assertIn("<title>Chart page</title>", html)


if __name__ == "__main__":
    unittest.main()
