"""The nnlab kernel's first-cell latency: from starting the kernel to the first
cell's output ("1 + 1"), then a cell importing nnlab; median of 5 fresh kernels.
Run by `npm run bench` with the Python of nnlab's environment (`nnlab env`, which
registers the kernel in that environment; its folder goes first on JUPYTER_PATH so a
user-level `nnlab` kernelspec cannot win)."""
import os
import statistics
import sys
import time

os.environ["JUPYTER_PATH"] = os.pathsep.join(
    p for p in [os.path.join(sys.prefix, "share", "jupyter"), os.environ.get("JUPYTER_PATH")] if p
)

from jupyter_client.manager import start_new_kernel


def wait_for_result(kc, msg_id):
    while True:
        msg = kc.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] in ("execute_result", "error"):
            return msg


def measure():
    start = time.time()
    km, kc = start_new_kernel(kernel_name="nnlab", cwd=os.path.join(os.path.dirname(__file__), "..", "notebooks"))
    try:
        wait_for_result(kc, kc.execute("1 + 1"))
        first = time.time() - start
        t = time.time()
        wait_for_result(kc, kc.execute('import { mlp } from "nnlab"; mlp([2, 1])'))
        return first, time.time() - t
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


runs = [measure() for _ in range(5)]
print("kernel first-cell latency (start → first output), median of 5: %.2f s (runs: %s)"
      % (statistics.median(r[0] for r in runs), ", ".join("%.2f" % r[0] for r in runs)))
print("first cell importing nnlab, median of 5: %.2f s" % statistics.median(r[1] for r in runs))
