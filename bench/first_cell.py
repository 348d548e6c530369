"""The nnlab kernel's first-cell latency: from starting the kernel to the first
cell's output ("1 + 1"), then a cell importing nnlab; median of 5 fresh kernels.
Run by `npm run bench` with the Python of nnlab's environment (`nnlab env`, which
registers the kernel in that environment; its folder goes first on JUPYTER_PATH so a
user-level `nnlab` kernelspec cannot win). NNLAB_BENCH_FAST=1: 3 kernels instead of 5.

Two clients, taking turns, each kernel started by jupyter_client's KernelManager:
- like JupyterLab (the headline): as soon as the kernel answers a kernel_info
  request and its IOPub channel has delivered a message (jupyter_server's
  "nudge"), the cell is sent;
- jupyter_client's start_new_kernel, whose wait_for_ready, after each
  kernel_info reply, waits up to 0.2 s for an IOPub message and asks again if
  none came (IOPub subscriptions connect late, so the first round often fails).

The kernel keeps a V8 code cache of TypeScript in the user's cache folder
(src/kernel/codecache.ts); the first kernel ever started writes it, so one kernel is
started and stopped before the measured ones."""
import os
import queue
import statistics
import sys
import time

os.environ["JUPYTER_PATH"] = os.pathsep.join(
    p for p in [os.path.join(sys.prefix, "share", "jupyter"), os.environ.get("JUPYTER_PATH")] if p
)

from jupyter_client.manager import KernelManager, start_new_kernel

NOTEBOOKS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "notebooks")


def wait_for_result(kc, msg_id):
    while True:
        msg = kc.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] in ("execute_result", "error"):
            return msg


def received(get, timeout):
    """True when a message came on the channel of `get` within `timeout` seconds."""
    try:
        get(timeout=timeout)
        return True
    except queue.Empty:
        return False


def start_like_jupyterlab():
    """A started kernel and a client whose shell and IOPub channels both carry messages."""
    km = KernelManager(kernel_name="nnlab")
    km.start_kernel(cwd=NOTEBOOKS)
    kc = km.client()
    kc.start_channels()
    deadline = time.time() + 120
    replied = iopub = False
    while not (replied and iopub):
        if time.time() > deadline:
            raise RuntimeError("the kernel did not answer kernel_info within 120 s")
        # Ask until the kernel answers; after that, only wait for IOPub.
        if not replied:
            kc.kernel_info()
            replied = received(kc.get_shell_msg, 0.05)
        iopub = iopub or received(kc.get_iopub_msg, 0.01 if not replied else 0.05)
    return km, kc


def start_with_jupyter_client():
    return start_new_kernel(kernel_name="nnlab", cwd=NOTEBOOKS)


def measure(start_kernel):
    start = time.time()
    km, kc = start_kernel()
    try:
        wait_for_result(kc, kc.execute("1 + 1"))
        first = time.time() - start
        t = time.time()
        wait_for_result(kc, kc.execute('import { mlp } from "nnlab"; mlp([2, 1])'))
        return first, time.time() - t
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def line(label, values):
    return "%s, median of %d: %.2f s (runs: %s)" % (label, len(values), statistics.median(values), ", ".join("%.2f" % v for v in values))


count = 3 if os.environ.get("NNLAB_BENCH_FAST") == "1" else 5
measure(start_with_jupyter_client)  # writes the code cache if there is none yet
load = " ".join("%.2f" % l for l in os.getloadavg())
lab, client = [], []
for _ in range(count):
    lab.append(measure(start_like_jupyterlab))
    client.append(measure(start_with_jupyter_client))
print(line("kernel first-cell latency (start → first output), client like JupyterLab", [r[0] for r in lab]) + "; load " + load)
print(line("  the same with jupyter_client's start_new_kernel (its wait_for_ready waits on IOPub)", [r[0] for r in client]))
print(line("first cell importing nnlab", [r[1] for r in lab + client]))
