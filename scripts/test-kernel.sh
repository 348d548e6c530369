#!/usr/bin/env bash
# Kernel conformance (jupyter_kernel_test), protocol tests and every notebook
# executed by nbclient, with the Python of nnlab's own environment (.venv,
# made from python/requirements.txt if missing; `nnlab env`). Needs dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=$(node dist/cli.js env)
exec "$PYTHON" -m unittest discover -s test/kernel -p "test_*.py" -v
