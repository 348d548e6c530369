"""The nnlab kernel's first-cell latency: from starting the kernel to the first
cell's output ("1 + 1"), then a cell importing nnlab; median of 5 fresh kernels.
Run by `npm run bench` with the Python of nnlab's environment (`nnlab env`, which
registers the kernel in that environment; its folder goes first on JUPYTER_PATH so a
user-level `nnlab` kernelspec cannot win). NNLAB_BENCH_FAST=1: 3 kernels instead of 5.

The kernel keeps a V8 code cache of TypeScript in the user's cache folder
(src/kernel/codecache.ts); the first kernel ever started writes it, so one kernel is
started and stopped before the measured ones."""
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


count = 3 if os.environ.get("NNLAB_BENCH_FAST") == "1" else 5
measure()  # writes the code cache if there is none yet
load = " ".join("%.2f" % l for l in os.getloadavg())
runs = [measure() for _ in range(count)]
print("kernel first-cell latency (start → first output), median of %d: %.2f s (runs: %s; load %s)"
      % (count, statistics.median(r[0] for r in runs), ", ".join("%.2f" % r[0] for r in runs), load))
print("first cell importing nnlab, median of %d: %.2f s (runs: %s)"
      % (count, statistics.median(r[1] for r in runs), ", ".join("%.2f" % r[1] for r in runs)))
