#!/usr/bin/env bash
# Kernel conformance (jupyter_kernel_test), protocol tests and every notebook
# executed by nbclient. Needs Debian's python3-jupyter-kernel-test and
# jupyter-nbconvert; /usr/bin/python3 is Debian's (a python3 earlier on PATH may lack them).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3
exec "$PYTHON" -m unittest discover -s test/kernel -p "test_*.py" -v
