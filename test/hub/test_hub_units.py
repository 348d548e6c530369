"""Unit tests of the hub's Python side: Unix account names (--users system)
and which lesson copies the server extension signs."""
import hashlib
import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python", "hub"))
from nnlab_hub_trust import released_copies  # noqa: E402
from nnlab_spawners import unix_name  # noqa: E402


class UnixName(unittest.TestCase):
    def test_plain_names_get_the_prefix(self):
        self.assertEqual(unix_name("ada"), "nn-ada")
        self.assertEqual(unix_name("bob-2"), "nn-bob-2")

    def test_other_names_are_made_safe_and_stay_distinct(self):
        email = unix_name("ada@school.edu")
        self.assertRegex(email, r"^nnh-ada-school-edu-[0-9a-f]{8}$")
        self.assertNotEqual(unix_name("ada.b"), unix_name("ada_b"))
        long = unix_name("a" * 60)
        self.assertLessEqual(len(long), 32)
        self.assertNotEqual(long, unix_name("a" * 61))

    def test_a_plain_name_cannot_take_a_hashed_account(self):
        hashed = unix_name("a" * 40)
        self.assertTrue(hashed.startswith("nnh-"))
        self.assertNotEqual(unix_name(hashed[4:]), hashed)
        self.assertNotEqual(unix_name(hashed), hashed)

    def test_never_a_system_account(self):
        for name in ("root", "daemon", "www-data"):
            self.assertTrue(unix_name(name).startswith("nn-"))


class ReleasedCopies(unittest.TestCase):
    def test_only_copies_still_as_released_are_signed(self):
        home = tempfile.mkdtemp()
        os.makedirs(os.path.join(home, "lessons"))
        def put(name, text):
            with open(os.path.join(home, "lessons", name), "w") as f:
                f.write(text)
            return hashlib.sha256(text.encode()).hexdigest()
        given = put("00-a.ipynb", "released A")
        put("01-b.ipynb", "changed by the student")
        offered = put("01-b (updated 2026-11-30).ipynb", "released B2")
        put("02-c.ipynb", "x")
        os.symlink("/etc/passwd", os.path.join(home, "lessons", "03-d.ipynb"))
        manifest = {
            "00-a.ipynb": {"given": given},
            "01-b.ipynb": {"given": hashlib.sha256(b"released B1").hexdigest(), "offered": offered, "offeredFile": "01-b (updated 2026-11-30).ipynb"},
            "03-d.ipynb": {"given": hashlib.sha256(open("/etc/passwd", "rb").read()).hexdigest()},
            "data.csv": {"given": "whatever"},
        }
        with open(os.path.join(home, ".nnlab-lessons.json"), "w") as f:
            json.dump(manifest, f)
        found = sorted(os.path.basename(p) for p in released_copies(home))
        self.assertEqual(found, ["00-a.ipynb", "01-b (updated 2026-11-30).ipynb"])

    def test_no_manifest_no_signing(self):
        self.assertEqual(released_copies(tempfile.mkdtemp()), [])


if __name__ == "__main__":
    unittest.main()
