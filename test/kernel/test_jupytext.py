"""jupytext (the reference reader of MyST Markdown notebooks) reads every lesson
source into the same cells as nnlab's own parser: same types, sources and
options, so a teacher can open lessons/*.md with jupytext and get what
`nnlab release` builds from them."""
import glob
import json
import os
import subprocess
import unittest

import jupytext

from nnlab_env import NODE, ROOT

PARSE = "const {parseMyst}=require(process.argv[1]);" \
        "console.log(JSON.stringify(parseMyst(require('fs').readFileSync(process.argv[2],'utf8')).cells))"


class Jupytext(unittest.TestCase):
    def test_jupytext_reads_every_lesson_and_a_fence_fixture_into_the_same_cells(self):
        lessons = sorted(glob.glob(os.path.join(ROOT, "lessons", "[0-9]*.md")))
        self.assertGreaterEqual(len(lessons), 12)
        lessons.append(os.path.join(ROOT, "test", "kernel", "fixtures", "fences.md"))  # four-backtick fences, nested blocks
        parser = os.path.join(ROOT, "dist", "assign", "myst.js")
        for lesson in lessons:
            with self.subTest(lesson=os.path.basename(lesson)):
                theirs = [(c.cell_type, c.source, dict(c.metadata)) for c in jupytext.read(lesson, fmt="md:myst").cells]
                ours = json.loads(subprocess.check_output([NODE, "-e", PARSE, parser, lesson], text=True))
                self.assertEqual([(c["cell_type"], c["source"], c["metadata"]) for c in ours], theirs)


if __name__ == "__main__":
    unittest.main()
