"""Shared set-up for the kernel tests: registers this checkout's `nnlab`
kernelspec in a temporary prefix and points JUPYTER_PATH at it, so the tests
never read or write the user's kernelspecs. Import this before jupyter_client
starts a kernel."""
import atexit
import os
import shutil
import subprocess
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CLI = os.path.join(ROOT, "dist", "cli.js")
NODE = shutil.which("node") or "node"

_prefix = tempfile.mkdtemp(prefix="nnlab-test-kernel-")
atexit.register(shutil.rmtree, _prefix, True)
subprocess.run([NODE, CLI, "kernel", "install", "--prefix", _prefix], check=True, stdout=subprocess.DEVNULL)
os.environ["JUPYTER_PATH"] = os.pathsep.join(
    p for p in [os.path.join(_prefix, "share", "jupyter"), os.environ.get("JUPYTER_PATH")] if p
)
