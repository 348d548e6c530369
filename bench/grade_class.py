"""How long `nnlab grade` takes for a class: N submissions of one lesson (a third
right, a third wrong, a third blank), graded in one call with --jobs J.

usage: python bench/grade_class.py [N=30] [JOBS=2] [LESSON=00-getting-started]
(run with nnlab's Python after `npm run build`; prints the time, the load and the table)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "test", "kernel"))
from nnlab_env import CLI, NODE, ROOT  # noqa: E402
from test_grade import A_RIGHT, A_WRONG, Z_RIGHT, Z_WRONG  # noqa: E402


def sandboxed_cpu(stop, seen):
    """CPU seconds of the submissions' processes (their throwaway uids), sampled from /proc until `stop`."""
    tick = os.sysconf("SC_CLK_TCK")
    while not stop.is_set():
        for name in os.listdir("/proc"):
            try:
                if name.isdigit() and 1_500_000_000 <= os.stat("/proc/" + name).st_uid < 1_600_000_000:
                    with open("/proc/%s/stat" % name) as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                    seen[int(name)] = max(seen.get(int(name), 0), (int(fields[11]) + int(fields[12])) / tick)
            except (OSError, ValueError, IndexError):
                pass
        time.sleep(0.2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    jobs = sys.argv[2] if len(sys.argv) > 2 else "2"
    lesson = sys.argv[3] if len(sys.argv) > 3 else "00-getting-started"
    with open(os.path.join(ROOT, "notebooks", lesson + ".ipynb")) as f:
        blank = json.load(f)
    answers = {"00-getting-started": [{"z-by-hand": Z_RIGHT, "a-by-hand": A_RIGHT}, {"z-by-hand": Z_WRONG, "a-by-hand": A_WRONG}, {}]}.get(lesson, [{}])
    tmp = tempfile.mkdtemp(prefix="nnlab-grade-class-")
    try:
        for k in range(n):
            nb = json.loads(json.dumps(blank))
            for cell in nb["cells"]:
                source = answers[k % len(answers)].get(cell.get("metadata", {}).get("nbgrader", {}).get("grade_id"))
                if source is not None:
                    cell["source"] = source
            os.makedirs(os.path.join(tmp, "submitted", "student%02d" % k))
            with open(os.path.join(tmp, "submitted", "student%02d" % k, lesson + ".ipynb"), "w") as f:
                json.dump(nb, f)
        load = os.getloadavg()
        stop, seen = threading.Event(), {}
        sampler = threading.Thread(target=sandboxed_cpu, args=(stop, seen))
        sampler.start()
        start = time.time()
        result = subprocess.run([NODE, CLI, "grade", os.path.join(tmp, "submitted"), "--out", os.path.join(tmp, "graded"), "--jobs", jobs],
                                cwd=ROOT, capture_output=True, text=True)
        seconds = time.time() - start
        stop.set()
        sampler.join()
        print(result.stdout[-4000:], result.stderr[-2000:])
        print("%d submissions of %s, --jobs %s, %d CPUs: %.1f s (load before %.1f %.1f %.1f, after %.1f)"
              % (n, lesson, jobs, os.cpu_count(), seconds, *load, os.getloadavg()[0]))
        cpu = sum(seen.values())
        print("the submissions' kernels used %.1f CPU s (%.1f s each): at least %.1f s on %d idle CPUs"
              % (cpu, cpu / n, cpu / min(int(jobs), os.cpu_count()), min(int(jobs), os.cpu_count())))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
