"""The released notebooks are stored exactly the way Jupyter writes nbformat
4.5 (nbformat.writes: sorted keys, one-space indent, cell ids), valid against
the schema, so opening and saving one in Jupyter changes no byte, and their
language_info is the kernel's own (JupyterLab would otherwise rewrite it and
mark the notebook modified the moment the kernel starts)."""
import glob
import json
import os
import subprocess
import unittest

import nbformat

from nnlab_env import NODE, ROOT

INFO = "console.log(JSON.stringify(require(process.argv[1]).kernelInfo().language_info))"


class StoredAsJupyterWritesThem(unittest.TestCase):
    def test_every_notebook_is_byte_identical_to_nbformat_writes(self):
        notebooks = sorted(glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb")))
        self.assertGreaterEqual(len(notebooks), 12)
        language_info = json.loads(subprocess.check_output([NODE, "-e", INFO, os.path.join(ROOT, "dist", "kernel", "info.js")], text=True))
        for path in notebooks:
            with self.subTest(notebook=os.path.basename(path)):
                with open(path, encoding="utf-8") as f:
                    raw = f.read()
                nb = nbformat.reads(raw, as_version=4)
                nbformat.validate(nb)
                self.assertEqual((nb.nbformat, nb.nbformat_minor), (4, 5))
                self.assertEqual(raw, nbformat.writes(nb) + "\n")
                self.assertEqual(nb.metadata.language_info, language_info)
                self.assertTrue(all(cell.get("id") for cell in nb.cells))


if __name__ == "__main__":
    unittest.main()
