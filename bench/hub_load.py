"""The hub's load test (issue 16), on loopback: for each class size, start a
fresh `nnlab hub` (shared accounts, the memory limit per student), let N
simulated students arrive (all at once, or spread over --ramp seconds), each
signing in, starting their server, opening a student notebook and running
every code cell through the kernel's websocket as Run All would; then stop
the servers and the hub and check no process is left.

Reports per class size: spawn time p50/p95 (request to server ready),
first-cell latency p50/p95 (opening the notebook, i.e. the session request
that starts the kernel, to the first cell's reply), Run All time, memory per
student (RSS of their server + kernel after Run All, and the peak of their
memory cgroup when the hub enforces limits), failures, and the load average.

usage: python bench/hub_load.py [--students 10,20,30] [--notebook 01-neuron.ipynb] [--ramp 0] [--memory 1G] [--json OUT]
  (npm run bench:hub: 10,20,30; the smoke version in bench:fast: --students 3)"""
import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hub_client import Hub, Student, alive, cpu_seconds, descendants, kernels_among, processes_of  # noqa: E402

GOAL_P95_FIRST_CELL = 10.0


def percentile(values, q):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(q / 100 * len(ordered) + 0.5)) - 1))]


def memory_peak(hub_dir, port, name):
    """Peak bytes of the student's memory cgroup, if the hub made one."""
    own = None
    with open("/proc/self/cgroup") as f:
        for line in f:
            _, controllers, where = line.rstrip("\n").split(":", 2)
            if "memory" in controllers.split(","):
                own = "/sys/fs/cgroup/memory" + where
    path = os.path.join(own or "", "nnlab-hub-%d" % port, name, "memory.max_usage_in_bytes")
    try:
        with open(path) as f:
            return int(f.read())
    except OSError:
        return None


def one_student(hub, name, notebook, start_at, result):
    time.sleep(max(0.0, start_at - time.time()))
    student = Student(hub.url, name)
    try:
        t = time.time()
        student.login()
        result["login"] = time.time() - t
        t = time.time()
        student.spawn()
        result["spawn"] = time.time() - t
        t = time.time()
        cells, channel = student.open_notebook("lessons/" + notebook)
        try:
            errors = 0
            for i, code in enumerate(cells):
                reply, _ = channel.execute(code)
                if i == 0:
                    result["first_cell"] = time.time() - t
                    mine = processes_of(name)
                    result["cpu_first_cell"] = cpu_seconds(mine)
                    result["cpu_kernel_first_cell"] = cpu_seconds(kernels_among(mine))
                if reply["status"] != "ok":
                    errors += 1
                    result.setdefault("error", "cell %d: %s: %s" % (i, reply.get("ename"), reply.get("evalue")))
                    break  # Run All stops at the first error
            result["run_all"] = time.time() - t
            result["cells"] = len(cells)
            mem = processes_of(name)
            result["rss"] = sum(mem.values())
            result["cpu_run_all"] = cpu_seconds(mem)
            result["processes"] = len(mem)
        finally:
            channel.close()
        result["student"] = student
        result["ok"] = "error" not in result
    except Exception as e:  # a failure of this student, reported in the figures
        result["error"] = "%s: %s" % (type(e).__name__, e)
        result["ok"] = False
        result["student"] = student


def _stop(result):
    try:
        result["student"].stop_server()
    except Exception as e:  # reported, and the hub's own shutdown stops it anyway
        result["stop_error"] = str(e)


def _median(results, key):
    values = [r[key] for r in results if key in r]
    return round(statistics.median(values), 2) if values else None


def run_class(n, notebook, ramp, memory, log_dir):
    hub_dir = tempfile.mkdtemp(prefix="nnlab-hub-load-")
    with open(os.path.join(log_dir, "hub-%d.log" % n), "w") as log:
        hub = Hub(hub_dir, memory=memory, cull=3600, log=log).wait()
        load_before = os.getloadavg()
        start = time.time() + 0.5
        results = [{} for _ in range(n)]
        threads = [threading.Thread(target=one_student, args=(hub, "student%02d" % (i + 1), notebook, start + (ramp * i / max(1, n - 1) if n > 1 else 0), results[i]))
                   for i in range(n)]
        for t in threads:
            t.start()
        loads = []
        while any(t.is_alive() for t in threads):
            loads.append(os.getloadavg()[0])
            time.sleep(1)
        for t in threads:
            t.join()
        wall = time.time() - start
        peaks = [memory_peak(hub_dir, hub.port, "student%02d" % (i + 1)) for i in range(n)]
        processes = descendants(hub.proc.pid)
        hub_cpu = cpu_seconds([hub.proc.pid] + processes) - sum(r.get("cpu_run_all", 0) for r in results)
        t = time.time()
        stoppers = [threading.Thread(target=_stop, args=(r,)) for r in results if "student" in r and "spawn" in r]
        for s in stoppers:
            s.start()
        for s in stoppers:
            s.join()
        stop_all = time.time() - t
        code = hub.stop()
        time.sleep(1)
        left = alive(processes + [hub.proc.pid])
    shutil.rmtree(hub_dir, ignore_errors=True)
    ok = [r for r in results if r.get("ok")]
    mib = lambda b: None if b is None else round(b / 1024 ** 2)  # noqa: E731
    figure = {
        "students": n,
        "notebook": notebook,
        "ramp_s": ramp,
        "memory_limit": memory,
        "failures": n - len(ok),
        "errors": sorted({r["error"] for r in results if "error" in r})[:5],
        "spawn_s": {"p50": percentile([r["spawn"] for r in results if "spawn" in r], 50), "p95": percentile([r["spawn"] for r in results if "spawn" in r], 95)},
        "first_cell_s": {"p50": percentile([r["first_cell"] for r in ok], 50), "p95": percentile([r["first_cell"] for r in ok], 95)},
        "run_all_s": {"p50": percentile([r["run_all"] for r in ok], 50), "p95": percentile([r["run_all"] for r in ok], 95)},
        "rss_mib_per_student": {"median": mib(statistics.median([r["rss"] for r in ok])) if ok else None, "max": mib(max([r["rss"] for r in ok], default=None) if ok else None)},
        "cgroup_peak_mib_per_student": {"median": mib(statistics.median([p for p in peaks if p])) if any(peaks) else None, "max": mib(max([p for p in peaks if p], default=None)) if any(peaks) else None},
        "cpu_s_per_student": {"to_first_cell": _median(ok, "cpu_first_cell"), "kernel_to_first_cell": _median(ok, "cpu_kernel_first_cell"), "run_all": _median(ok, "cpu_run_all")},
        "cpu_s_hub_proxy_culler_per_student": round(hub_cpu / n, 2),
        "wall_s": round(wall, 1),
        "stop_all_s": round(stop_all, 1),
        "stop_failures": sum(1 for r in results if "stop_error" in r),
        "load_avg_before": [round(x, 2) for x in load_before],
        "load_avg_peak_1min": round(max(loads, default=0), 2),
        "hub_exit": code,
        "processes_left": len(left),
    }
    for key in ("spawn_s", "first_cell_s", "run_all_s"):
        figure[key] = {k: None if v is None else round(v, 2) for k, v in figure[key].items()}
    figure["meets_goal"] = figure["failures"] == 0 and figure["first_cell_s"]["p95"] is not None and figure["first_cell_s"]["p95"] < GOAL_P95_FIRST_CELL and not left
    return figure


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", default="10,20,30", help="class sizes, comma-separated")
    parser.add_argument("--notebook", default="01-neuron.ipynb", help="the student notebook each one runs")
    parser.add_argument("--ramp", type=float, default=0.0, help="arrivals spread over this many seconds (0: all at once)")
    parser.add_argument("--memory", default="1G", help="memory limit per student")
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args()
    log_dir = tempfile.mkdtemp(prefix="nnlab-hub-logs-")
    figures = []
    for n in [int(x) for x in args.students.split(",")]:
        figure = run_class(n, args.notebook, args.ramp, args.memory, log_dir)
        figures.append(figure)
        print(json.dumps(figure), flush=True)
    passing = [f["students"] for f in figures if f["meets_goal"]]
    print("hub load test (%d cores, %.0f GiB, logs in %s): largest class tried with p95 first-cell latency < %g s and no failures: %s"
          % (os.cpu_count(), os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024 ** 3, log_dir, GOAL_P95_FIRST_CELL, max(passing) if passing else "none"))
    if args.json:
        os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
        with open(args.json, "w") as f:
            json.dump(figures, f, indent=2)
    return 0 if all(f["failures"] == 0 and f["stop_failures"] == 0 and f["processes_left"] == 0 for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
